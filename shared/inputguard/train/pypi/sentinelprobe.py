import yaml, glob, os, re
from common import write, pkg_dir
PKG='sentinelprobe==0.11.0'; R=pkg_dir('sentinelprobe')
INJ=re.compile(r'ignore|\bprint|\boutput|\brun |reveal|\bmust\b|do not cite|you are now|continue from', re.I)
rows=[]
for f in sorted(glob.glob(R+'prompt_injection_harness/cases/*.yaml')):
    rel=os.path.relpath(f,R); d=yaml.safe_load(open(f, encoding='utf-8'))
    for c in d['cases']:
        up=c.get('user_prompt') or ''
        direct=c.get('category','').startswith('direct')
        if up: rows.append(dict(text=up,label='attack' if direct else 'benign',source=f'{PKG}:{rel}#{c["id"]}/user_prompt',lang='en'))
        for k in ('documents','files'):
            for j,doc in enumerate(c.get(k) or []):
                t=doc.get('content') if isinstance(doc,dict) else None
                if not t: continue
                # embedded instruction aimed at the assistant -> indirect injection; documents without any such instruction: unclear -> drop
                if INJ.search(t): rows.append(dict(text=t,label='attack',source=f'{PKG}:{rel}#{c["id"]}/{k}[{j}]',lang='en'))
write('sentinelprobe', rows)
