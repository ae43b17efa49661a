import glob, os, re, json
from common import write, guess_latin, pkg_dir
PKG='deepteam==1.0.10'; R=pkg_dir('deepteam')
# finished example jailbreak prompts embedded as few-shot '"input": "..."' examples in the attack-enhancement templates
PAT=re.compile(r'"input":\s*"((?:[^"\\]|\\.)*)"')
rows=[]
for f in sorted(glob.glob(R+'deepteam/attacks/**/template.py', recursive=True)):
    rel=os.path.relpath(f,R); src=open(f, encoding='utf-8').read()
    for i,m in enumerate(PAT.finditer(src)):
        raw=m.group(1).replace('{{','{').replace('}}','}')
        try: t=json.loads('"'+raw+'"')
        except Exception: t=raw.replace('\\n','\n').replace('\\"','"')
        t=t.replace('\\n','\n').replace('\\"','"')
        if re.search(r'\{[a-z_]+\}|\[Target [A-Z][a-z]+\]', t): continue   # unfilled slots
        # euphemism rewrites, poems, emotional pressure, translated harmful asks and fiction role-play without rule-removal: no injection technique -> drop
        if any(k in rel for k in ('semantic_manipulation','attack_engine','adversarial_poetry','emotional_manipulation','/multilingual/','/roleplay/')): continue
        rows.append(dict(text=t,label='attack',source=f'{PKG}:{rel}#example{i}',lang=guess_latin(t)))
write('deepteam', rows)
