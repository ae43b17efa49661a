"""inspect-evals (UK AISI's collection of LLM evaluations): user prompts of several benign benchmarks it ships.

Read (all English, by construction of the benchmarks):
  writingbench/benchmark_all.jsonl                 'query': writing requests (Chinese ones dropped by script, long
                                                    ones with pasted source material dropped by the length cap)
  persistbench/benchmark_samples/*.jsonl            'query': everyday assistant questions (advice, planning, drafting)
  abstention_bench/data/freshqa/FreshQA_v12182024.csv  'question': open-domain questions, some with false premises
  agent_bench/data/agent_bench_os*.json             'description': shell/OS agent tasks
  mind2web_sc/data/seeact/sample_labeled_all.json   'confirmed_task': web-agent tasks (book, search, buy)
"""
import csv, io, json
from common import pinned, write, jsonl

NAME = 'inspect-evals'
ver, z = pinned(NAME)
rows = []
def add(path, i, text):
    rows.append({'text': text, 'source': f'{NAME}=={ver}:{path}#{i}', 'lang': 'en'})

p = 'inspect_evals/writingbench/benchmark_all.jsonl'
for i, r in enumerate(jsonl(z, p)): add(p, i, r.get('query'))
for f in ('beneficial_samples', 'cross_domain', 'sycophancy'):
    p = f'inspect_evals/persistbench/benchmark_samples/{f}.jsonl'
    for i, r in enumerate(jsonl(z, p)): add(p, i, r.get('query'))
p = 'inspect_evals/abstention_bench/data/freshqa/FreshQA_v12182024.csv'
lines = z.read(p).decode('utf-8').splitlines(True)
hdr = next(k for k, l in enumerate(lines) if l.startswith('id,'))   # two warning lines precede the header
for i, r in enumerate(csv.DictReader(io.StringIO(''.join(lines[hdr:])))): add(p, i, r.get('question'))
for f in ('agent_bench_os', 'agent_bench_os_test'):
    p = f'inspect_evals/agent_bench/data/{f}.json'
    for i, r in enumerate(json.loads(z.read(p))): add(p, i, r.get('description'))
p = 'inspect_evals/mind2web_sc/data/seeact/sample_labeled_all.json'
for i, r in enumerate(json.loads(z.read(p))): add(p, i, r.get('confirmed_task'))

write('inspect_evals', rows)
