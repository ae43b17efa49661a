import json
from common import write, pkg_dir
PKG='bastioncorpus==0.6.0'; P='bastioncorpus/corpus/injections.jsonl'
rows=[]
for l in open(pkg_dir('bastioncorpus')+P, encoding='utf-8'):
    r=json.loads(l); lab={'malicious':'attack','benign':'benign'}.get(r['label'])
    if lab: rows.append(dict(text=r['text'],label=lab,source=f'{PKG}:{P}#{r["id"]}',lang=r.get('lang','en')))
write('bastioncorpus', rows)
