import json, glob, os
from common import write, pkg_dir
PKG='dual-llm-bench==0.1.1'; R=pkg_dir('dual-llm-bench')
rows=[]
for f in sorted(glob.glob(R+'dual_llm_bench/datasets/*.json')):
    rel=os.path.relpath(f,R)
    for c in json.load(open(f, encoding='utf-8')):
        ui=c.get('untrusted_input')
        if ui:
            # cases with attack markers carry an injected instruction; cases without markers: unclear -> drop
            if c.get('attack_markers'): rows.append(dict(text=ui,label='attack',source=f'{PKG}:{rel}#{c["id"]}/untrusted_input',lang='en'))
        if c.get('user_goal'): rows.append(dict(text=c['user_goal'],label='benign',source=f'{PKG}:{rel}#{c["id"]}/user_goal',lang='en'))
write('dual_llm_bench', rows)
