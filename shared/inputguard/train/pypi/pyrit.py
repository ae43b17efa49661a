import yaml, glob, os, random, re
from common import write, pkg_dir
PKG='pyrit==1.1.0'; R=pkg_dir('pyrit'); T='pyrit/datasets/jailbreak/templates/'; S='pyrit/datasets/seed_datasets/local/'
def seeds(p):
    d=yaml.safe_load(open(R+S+p, encoding='utf-8'))
    return [(p, s['value'].strip()) for s in d['seeds'] if isinstance(s.get('value'),str)]
# fill values shipped by PyRIT itself: system-prompt-extraction / leakage objectives and AdvBench objectives
FILL=seeds('garak/system_prompt_extraction.prompt')+seeds('airt/leakage.prompt')+seeds('adv_bench.prompt')
JB=re.compile(r"ignore|disregard|forget|rules|restrict|filter|polic|guideline|\bDAN\b|do anything now|unfiltered|amoral|uncensor|unethical|ethic|moral|jailbr|developer mode|no limit|never refuse|not refuse|without (any )?(warning|censor)|openai|content policy|illegal|system prompt|free of all|broken free|confines|limitations", re.I)
rnd=random.Random(21); rows=[]
for f in sorted(glob.glob(R+T+'**/*.yaml', recursive=True)):
    rel=os.path.relpath(f,R)
    try: d=yaml.safe_load(open(f, encoding='utf-8'))
    except Exception: continue
    v=d.get('value') if isinstance(d,dict) else None
    if not isinstance(v,str): continue
    if 'stereotypes' in rel: continue
    v=v.replace('{% raw %}','').replace('{% endraw %}','')
    src=f'{PKG}:{rel}'
    if re.search(r'\{\{\s*prompt\s*\}\}', v):
        p,fill=rnd.choice(FILL)
        v=re.sub(r'\{\{\s*prompt\s*\}\}', lambda m: fill, v); src+=f'+{S}{p}'
    if '{{' in v or '{%' in v: continue  # other unfilled parameters
    if '/in_the_wild/' in rel and not JB.search(v): continue  # role-play without rule-removal framing: unclear -> drop
    rows.append(dict(text=v,label='attack',source=src,lang='en'))
rnd.shuffle(rows)
write('pyrit', rows)
