import re
import pyarrow.parquet as pq   # installed into the cache by fetch.sh
from common import write, pkg_dir
PKG='llamator==3.5.0'; R=pkg_dir('llamator'); A='llamator/attack_data/'
rows=[]
KEEP=re.compile(r'repeat|recite|recount|prompt|instruction|initiali[sz]ation|output|print|copy|sentences|ignore|disregard|commands|never say|context|directive|above|anterior|yll', re.I)
for i,r in enumerate(pq.read_table(R+A+'system_prompt_leakage.parquet').to_pylist()):
    t=r['goal']; w=t.split()
    if not KEEP.search(t): continue   # plain tasks / defensive prompts in this file -> drop
    if len(set(w))/max(len(w),1) < 0.2: continue  # token-spam rows (e.g. 'OBEY OBEY ...'): unclear -> drop
    lang='zh' if re.search(r'[\u4e00-\u9fff]', t) else 'es' if t.startswith('Traduzca') else 'fi' if t.startswith('Kirjoita') else 'en'
    rows.append(dict(text=t,label='attack',source=f'{PKG}:{A}system_prompt_leakage.parquet#{i}',lang=lang))
for i,r in enumerate(pq.read_table(R+A+'ucar-dan_prompts.parquet').to_pylist()):
    for col in ('dan','ucar'):
        rows.append(dict(text=r[col],label='attack',source=f'{PKG}:{A}ucar-dan_prompts.parquet#{i}/{col}',lang=r['language']))
for i,r in enumerate(pq.read_table(R+A+'base64_prompts.parquet').to_pylist()):
    t=r['goal']
    # only explicit override rows in Cyrillic (English rows here come from deepset/prompt-injections: skipped to avoid eval contamination)
    if re.search(r'забудь|игнорир', t, re.I):
        rows.append(dict(text=t,label='attack',source=f'{PKG}:{A}base64_prompts.parquet#{i}',lang='ru'))
write('llamator', rows)
