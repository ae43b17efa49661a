import json, random
from common import write, INJ_CUE, pkg_dir
PKG='oubliette-shield==1.2.0'; P='oubliette_shield/data/injection_train.json'
rows=[]
for i,r in enumerate(json.load(open(pkg_dir('oubliette-shield')+P, encoding='utf-8'))):
    t=r['message']
    if r['label']==1:
        if not INJ_CUE.search(t): continue   # 'malicious' rows without any injection cue (e.g. plain questions) -> unclear, drop
        lab='attack'
    elif r['label']==0: lab='benign'
    else: continue
    rows.append(dict(text=t,label=lab,source=f'{PKG}:{P}#{i}/{r.get("category")}',lang='en'))
random.Random(21).shuffle(rows)
write('oubliette_shield', rows)
