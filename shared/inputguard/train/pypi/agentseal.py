import sys, types, random, uuid, importlib
from common import write, pkg_dir
PKG='agentseal==0.10.0'; R=pkg_dir('agentseal')
# load probe builders without running the package __init__ (which needs httpx etc.)
pkg=types.ModuleType('agentseal'); pkg.__path__=[R+'agentseal']; sys.modules['agentseal']=pkg
sub=types.ModuleType('agentseal.probes'); sub.__path__=[R+'agentseal/probes']; sys.modules['agentseal.probes']=sub
rng=random.Random(21); uuid.uuid4=lambda: uuid.UUID(int=rng.getrandbits(128))  # deterministic canaries (package's own generate_canary)
inj=importlib.import_module('agentseal.probes.injection').build_injection_probes()
ext=importlib.import_module('agentseal.probes.extraction').build_extraction_probes()
rows=[]
for f,L in (('agentseal/probes/injection.py',inj),('agentseal/probes/extraction.py',ext)):
    for p in L:
        pl=p.get('payload')
        if isinstance(pl,list): continue  # multi-turn probes (list of turns): early turns are benign on their own -> drop
        if not isinstance(pl,str): continue
        rows.append(dict(text=pl,label='attack',source=f'{PKG}:{f}#{p["probe_id"]}',lang='en'))
write('agentseal', rows)
