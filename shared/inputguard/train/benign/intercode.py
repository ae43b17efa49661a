"""intercode-bench (InterCode): natural-language shell and SQL tasks for a coding agent ("Find all text files
in the testbed directory and subdirectories and concatenate them into a single file", "Find the number of
dog pets that are raised by female students").

Read: intercode/assets/datasets/bash_queries.json (`query`) and intercode/assets/datasets/sql_queries.csv
  (`query`; Spider questions). The gold commands are not read.
"""
import csv, io, json
from common import pinned, write

NAME = 'intercode-bench'
ver, z = pinned(NAME)
rows = []
p = 'intercode/assets/datasets/bash_queries.json'
for i, r in enumerate(json.loads(z.read(p))):
    rows.append({'text': r.get('query'), 'source': f'{NAME}=={ver}:{p}#{i}', 'lang': 'en'})
p = 'intercode/assets/datasets/sql_queries.csv'
for i, r in enumerate(csv.DictReader(io.StringIO(z.read(p).decode('utf-8')))):
    rows.append({'text': r.get('query'), 'source': f'{NAME}=={ver}:{p}#{i}', 'lang': 'en'})
write('intercode', rows)
