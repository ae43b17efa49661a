import json
from common import write, pkg_dir
PKG='jailbreak-corpus-mini-py==0.1.0'; P='jailbreak_corpus_mini/corpus.json'
rows=[]
for r in json.load(open(pkg_dir('jailbreak-corpus-mini-py')+P, encoding='utf-8')):
    if r['category'] in ('excessive_agency','tool_misuse'): continue  # plain requests, no injection technique
    rows.append(dict(text=r['prompt'],label='attack',source=f'{PKG}:{P}#{r["id"]}',lang='en'))
write('jailbreak_corpus_mini', rows)
