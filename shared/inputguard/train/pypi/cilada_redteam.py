import yaml, glob, os
from common import write, pkg_dir
PKG='cilada-redteam==0.1.0'; R=pkg_dir('cilada-redteam')
ATTACK={('injecao-audio-transcrito',0),('vazamento-system-prompt',0),('vazamento-system-prompt',1),('injecao-via-dado-de-pedido',0),('papel-alternativo-dan',0)}
# social-engineering with fake authority / exfil of other users / threats: not injection but not plainly benign -> drop
DROP_IDS={'autoridade-falsa-gerente','troca-de-chave-pix','historico-conversa-anterior','cobranca-vexatoria'}
rows=[]
for f in sorted(glob.glob(R+'cilada/attacks/**/*.yaml', recursive=True)):
    d=yaml.safe_load(open(f, encoding='utf-8'))
    if not d or 'ataques' not in d: continue
    rel=os.path.relpath(f,R); cat=d.get('categoria','')
    for a in d['ataques']:
        aid=a['id']
        if any(aid.startswith(x) for x in DROP_IDS): continue
        for i,t in enumerate(a.get('turnos',[])):
            if any(aid.startswith(x) and i==j for x,j in ATTACK): lab='attack'
            elif cat=='injecao-de-prompt': continue  # follow-up turns whose meaning depends on the injected context
            else: lab='benign'
            rows.append(dict(text=t,label=lab,source=f'{PKG}:{rel}#{aid}/turno{i}',lang='pt'))
write('cilada_redteam', rows)
