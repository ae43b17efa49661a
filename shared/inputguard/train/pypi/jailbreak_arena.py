import sys, types, importlib.util
from common import write, INJ_CUE, pkg_dir
PKG='jailbreak-arena==0.1.1'; F=pkg_dir('jailbreak-arena')+'jailbreak_arena/tasks.py'
sys.modules.setdefault('dotenv', types.SimpleNamespace(load_dotenv=lambda *a,**k: None))   # stub: tasks.py only calls load_dotenv()
spec=importlib.util.spec_from_file_location('ja_tasks',F); m=importlib.util.module_from_spec(spec); sys.modules['ja_tasks']=m; spec.loader.exec_module(m)
rows=[]
for t in m.TASKS:
    if t.attack_type=='harmful' or t.category=='Harmful Content': continue   # plain harmful-content asks -> drop
    for i,p in enumerate(t.seed_prompts):
        # some task families are plain harmful asks / social pressure: keep only prompts with an injection cue
        if INJ_CUE.search(p): rows.append(dict(text=p,label='attack',source=f'{PKG}:jailbreak_arena/tasks.py#{t.task_id}/{t.attack_type}/{i}',lang='en'))
write('jailbreak_arena', rows)
