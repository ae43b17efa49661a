import sys, csv, types, importlib
from common import write, pkg_dir
PKG='blastcontain-drill==0.2.0'; R=pkg_dir('blastcontain-drill')
for name in ('blastcontain_drill','blastcontain_drill.corpus'):
    m=types.ModuleType(name); m.__path__=[R+name.replace('.','/')]; sys.modules[name]=m
# stub the external dependency blastcontain_core.models (only type names are imported)
core=types.ModuleType('blastcontain_core'); core.__path__=[]; sys.modules['blastcontain_core']=core
cm=types.ModuleType('blastcontain_core.models'); sys.modules['blastcontain_core.models']=cm
class _Any:
    def __getattr__(self, k): return k
cm.DrillOutcome=_Any(); cm.Severity=_Any()
b=importlib.import_module('blastcontain_drill.corpus.builtin')
seed=getattr(b,'_SEED')
rows=[]
for a in seed:
    p=a.prompt if isinstance(a.prompt,str) else None
    if not p: continue
    # content-goal attacks in non-injection categories (plain harmful asks) are dropped
    # keep direct injections and jailbreak personas; indirect-category user prompts are innocuous on their own (the payload is
    # in the planted document, added below), exfil/tool-misuse rows are plain requests, crescendo row is a plain harmful ask
    if a.category not in ('prompt_injection_direct','jailbreak') or 'crescendo' in (a.technique or ''): continue
    rows.append(dict(text=p,label='attack',source=f'{PKG}:blastcontain_drill/corpus/builtin.py#{a.id}',lang='en'))
for nm in ('_POISONED_TICKET','_POISONED_TOOL_DESC'):
    rows.append(dict(text=getattr(b,nm),label='attack',source=f'{PKG}:blastcontain_drill/corpus/builtin.py#{nm}',lang='en'))
P='blastcontain_drill/corpus/data/jbb/benign-behaviors.csv'
for r in csv.DictReader(open(R+P, encoding='utf-8')):
    # JailbreakBench benign behaviors: topic-matched harmless requests (hard negatives)
    rows.append(dict(text=r['Goal'],label='benign',source=f'{PKG}:{P}#{r["Index"]}',lang='en'))
write('blastcontain_drill', rows)
