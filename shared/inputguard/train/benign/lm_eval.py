"""lm-eval (EleutherAI's LM Evaluation Harness): the translated MMLU few-shot questions of its Llama-3 instruct
task configs, as benign questions in German, Spanish, French, Italian and Portuguese.

Read: lm_eval/tasks/llama3/instruct/mmlu_{de,es,fr,it,pt}/mmlu_*.yaml, fewshot_config.samples[*]:
  input_question + the lettered input_choice_list (5 samples per subject, 57 subjects per language).
Needs PyYAML (fetch.sh installs it into the cache).
"""
import html
import yaml
from common import pinned, write

NAME = 'lm-eval'
ver, z = pinned(NAME)

class Loader(yaml.SafeLoader):
    pass
Loader.add_multi_constructor('!', lambda loader, suffix, node: None)   # !function tags of the task configs

rows = []
for lang in ('de', 'es', 'fr', 'it', 'pt'):
    pre = f'lm_eval/tasks/llama3/instruct/mmlu_{lang}/mmlu_{lang}_'
    for p in sorted(n for n in z.namelist() if n.startswith(pre) and n.endswith('.yaml')):
        d = yaml.load(z.read(p).decode('utf-8'), Loader=Loader) or {}
        for i, s in enumerate(((d.get('fewshot_config') or {}).get('samples')) or []):
            q = html.unescape(s.get('input_question') or '').strip()
            ch = s.get('input_choice_list') or {}
            if ch: q += '\n' + '\n'.join(f'{k}. {html.unescape(str(v))}' for k, v in sorted(ch.items()))
            rows.append({'text': q, 'source': f'{NAME}=={ver}:{p}#{i}', 'lang': lang})
write('lm_eval', rows)
