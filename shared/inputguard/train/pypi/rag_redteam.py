import importlib.util, sys
from common import write, pkg_dir
PKG='rag-redteam==0.8.0'; F=pkg_dir('rag-redteam')+'rag_redteam/fuzz.py'
spec=importlib.util.spec_from_file_location('rr_fuzz',F); m=importlib.util.module_from_spec(spec); sys.modules['rr_fuzz']=m; spec.loader.exec_module(m)
S=f'{PKG}:rag_redteam/fuzz.py#'
rows=[]
# the package's own seeded generators (stdlib only)
for p in m.sample_injection_payloads(250, seed=21): rows.append(dict(text=p.text,label='attack',source=S+f'sample_injection_payloads/{p.mechanism}',lang='en'))
for p in m.sample_tool_payloads(100, seed=21): rows.append(dict(text=p.text,label='attack',source=S+f'sample_tool_payloads/{p.mechanism}',lang='en'))
for q in m.sample_leakage_queries(60, seed=21)+m.sample_extraction_queries(60, seed=21): rows.append(dict(text=q.text,label='attack',source=S+f'{q.mechanism}',lang='en'))
# ungrounded questions (ask about facts absent from the documents): ordinary questions -> benign
for q in m.sample_ungrounded_queries(150, seed=21): rows.append(dict(text=q.text,label='benign',source=S+f'{q.mechanism}',lang='en'))
# (sample sizes kept small: the generators are template combinations, so larger samples add little diversity)
import random; random.Random(21).shuffle(rows)
write('rag_redteam', rows)
