# one output file per language: chatterbot_corpus_<lang>.jsonl
import yaml, glob, os, random
from common import write, pkg_dir
PKG='chatterbot-corpus==1.3.3'; R=pkg_dir('chatterbot-corpus')
LANGS={'english':'en','portuguese':'pt','spanish':'es','french':'fr','german':'de','italian':'it'}
for d,code in LANGS.items():
    rows=[]
    for f in sorted(glob.glob(R+f'chatterbot_corpus/data/{d}/*.yml')):
        rel=os.path.relpath(f,R)
        try: y=yaml.safe_load(open(f, encoding='utf-8'))
        except Exception as e: print('skip',rel,e); continue
        for i,conv in enumerate(y.get('conversations') or []):
            for j,t in enumerate(conv):
                if j%2: continue  # user-side turns only (even positions)
                if isinstance(t,str): rows.append(dict(text=t,label='benign',source=f'{PKG}:{rel}#{i}.{j}',lang=code))
    random.Random(21).shuffle(rows)
    write('chatterbot_corpus_'+code, rows)
