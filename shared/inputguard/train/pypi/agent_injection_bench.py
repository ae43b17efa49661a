import json
from common import write, pkg_dir
PKG='agent-injection-bench==0.1.0'; P='aib/data/attacks.jsonl'
rows=[]
for l in open(pkg_dir('agent-injection-bench')+P, encoding='utf-8'):
    r=json.loads(l)
    # injected payload: attack unless the family is 'control' (benign content); 'baseline' is an in-band override typed by the user -> still attack by our policy
    lab='benign' if r['family']=='control' else 'attack'
    if not r['injected'].lstrip().startswith('- '):
        rows.append(dict(text=r['injected'],label=lab,source=f'{PKG}:{P}#{r["id"]}/injected',lang='en'))
    rows.append(dict(text=r['task'],label='benign',source=f'{PKG}:{P}#{r["id"]}/task',lang='en'))
write('agent_injection_bench', rows)
