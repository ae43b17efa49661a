import json
from common import write, pkg_dir
PKG='aegisrt==0.1.0'; B='aegisrt/datasets/'
rows=[]
for f in ['jailbreak_templates.jsonl','dan_variants.jsonl','multilingual_seeds.jsonl']:
    for i,l in enumerate(open(pkg_dir('aegisrt')+B+f, encoding='utf-8')):
        r=json.loads(l)
        rows.append(dict(text=r['prompt'],label='attack',source=f'{PKG}:{B}{f}#{i}',lang=r.get('language','en')))
# harmbench_behaviors / advbench_subset: plain harmful requests -> dropped
write('aegisrt', rows)
