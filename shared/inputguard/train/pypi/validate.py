"""Checks every <slug>.jsonl in PYPI_OUT: valid JSON, exact fields, labels, no eval/probe text, no duplicate across
files, at most 400 rows per label. Prints per-file counts; exits 1 on any problem."""
import json, glob, os, collections, sys
from common import OUT, norm, excluded
ex = excluded(); seen = {}; bad = 0; total = 0
for f in sorted(glob.glob(os.path.join(OUT, '*.jsonl'))):
    slug = os.path.basename(f)[:-6]; c = collections.Counter()
    for n, l in enumerate(open(f, encoding='utf-8')):
        try: r = json.loads(l)
        except Exception: print('BADJSON', f, n); bad += 1; continue
        if set(r) != {'text', 'label', 'source', 'lang'} or r['label'] not in ('attack', 'benign') or not r['text'].strip(): print('BADROW', f, n); bad += 1
        k = norm(r['text'])
        if k in ex: print('EVAL', f, n); bad += 1
        if k in seen: print('DUP', f, n, 'also in', seen[k]); bad += 1
        seen[k] = slug; c[r['label']] += 1
    if c['attack'] > 400 or c['benign'] > 400: print('CAP', f, c); bad += 1
    print(f"{slug:32} attack {c['attack']:4}  benign {c['benign']:4}")
    total += sum(c.values())
print('files', len(glob.glob(os.path.join(OUT, '*.jsonl'))), 'rows', total, 'problems', bad)
sys.exit(1 if bad else 0)
