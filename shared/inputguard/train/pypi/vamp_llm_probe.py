import sys, types, importlib, re
from common import write, guess_latin, pkg_dir
PKG='vamp-llm-probe==1.8.0'; R=pkg_dir('vamp-llm-probe')
sys.path.insert(0,R)  # vampsec_report.py ships at the wheel root
m=types.ModuleType('vamp_llm_probe'); m.__path__=[R+'vamp_llm_probe']; sys.modules['vamp_llm_probe']=m
md=importlib.import_module('vamp_llm_probe._models')
S=f'{PKG}:vamp_llm_probe/_models.py#'
rows=[]
def add(t,lab,src,default='en'): rows.append(dict(text=t,label=lab,source=S+src,lang=guess_latin(t,default)))
for i,p in enumerate(md.PAYLOADS_INYECCION): add(p['payload'],'attack',f'PAYLOADS_INYECCION/{p["id"]}','es')
KEEP=re.compile(r'instrucc|instruction|system|sistema|prompt|restric|ignor|olvid|forget|descart|disregard|\bDAN\b|modo|mode|reglas|rules|filtros|filters|sin l[ií]mites|sin censura|configuraci|override|bypass|jailbreak|desarrollador|developer|admin|pol[ií]tica|polic|directiv|<\|im_|\[INST\]|<<SYS>>', re.I)
for n in ('_INYECCION_BUNDLED_ES','_JAILBREAK_BUNDLED_ES'):
    for i,t in enumerate(getattr(md,n)):
        if KEEP.search(t): add(t,'attack',f'{n}[{i}]','es')   # rows with no override/persona/delimiter cue: plain or unclear asks -> drop
for n in ('_RAG_INJECTION_PAYLOADS','_RAG_DOC_INJECTION_PAYLOADS'):
    for i,t in enumerate(getattr(md,n)): add(t,'attack',f'{n}[{i}]')
# extraction/meta questions: only those asking for the system prompt / verbatim context count as attacks; rest unclear -> drop
for n in ('_RAG_EXTRACTION_PAYLOADS','_MODEL_META_PAYLOADS'):
    for i,t in enumerate(getattr(md,n)):
        if re.search(r'system prompt|verbatim', t, re.I): add(t,'attack',f'{n}[{i}]')
for k,L in md.MODEL_SPECIFIC_PACKS.items():
    for i,t in enumerate(L): add(t,'attack',f'MODEL_SPECIFIC_PACKS/{k}[{i}]')
INJ=re.compile(r'instrucc|sistema|system|prompt|restric|ignor|olvid|forget|\bDAN\b|modo|mode|reglas|rules|filtro|filter|sin l[ií]mites|configuraci', re.I)
for c in md._CADENAS_MULTITURN:
    us=[(j,x['content']) for j,x in enumerate(c['cadena']) if x['role']=='user']
    if not us: continue
    j,t=us[0]
    if not INJ.search(t): add(t,'benign',f'_CADENAS_MULTITURN/{c["id"]}/turn{j}','es')   # opening small-talk turn
    j,t=us[-1]
    if len(us)>1 and INJ.search(t): add(t,'attack',f'_CADENAS_MULTITURN/{c["id"]}/turn{j}','es')   # final escalation turn
write('vamp_llm_probe', rows)
