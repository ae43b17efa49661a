import json, random, os, re
from common import write, pkg_dir
def L(i):
    if i.get('lang'): return i['lang']
    m=re.search(r'-(sq|ga|gd|zu)$', i.get('id',''))
    return m.group(1) if m else 'en'
PKG='spikee==0.9.2'; ROOT=pkg_dir('spikee')
B='spikee/data/workspace/datasets/'
def load(p):
    try: return [json.loads(l) for l in open(ROOT+p, encoding='utf-8') if l.strip()]
    except FileNotFoundError: return []
rnd=random.Random(21); rows=[]
for d in ['seeds-cybersec-2026-01','seeds-sysmsg-extraction-2025-04','seeds-llm-mailbox','zzz_LEGACY_seeds-cybersec-2025-04','seeds-investment-advice','seeds-harmful-instructions-only','seeds-mini-test']:
    jbs=load(B+d+'/jailbreaks.jsonl'); ins=load(B+d+'/instructions.jsonl')
    ins=[i for i in ins if i.get('instruction')]
    # sysmsg extraction instructions are attacks on their own
    for i in ins:
        if i.get('instruction_type','').startswith('sysmsg'):
            t=i['instruction'].strip(); t=t[0].upper()+t[1:]
            rows.append(dict(text=t,label='attack',source=f'{PKG}:{B}{d}/instructions.jsonl#{i["id"]}',lang=L(i)))
    if not ins: continue
    for j in jbs:
        if j.get('jailbreak_type')=='no-jailbreak' or '<INSTRUCTION>' not in j.get('text',''): continue
        for i in rnd.sample(ins, min(2,len(ins))):
            t=j['text'].replace('<INSTRUCTION>', i['instruction'])
            rows.append(dict(text=t,label='attack',source=f'{PKG}:{B}{d}/jailbreaks.jsonl#{j["id"]}+instructions.jsonl#{i["id"]}',lang=L(i) if L(i)!='en' else L(j)))
for d in ['seeds-cybersec-2026-01','seeds-mini-test']:
    for s in load(B+d+'/standalone_user_inputs.jsonl'):
        if 'fp' in s.get('jailbreak_type','') : continue
        if s['id'].startswith('hijack'):
            rows.append(dict(text=s['text'],label='attack',source=f'{PKG}:{B}{d}/standalone_user_inputs.jsonl#{s["id"]}',lang='en'))
for s in load(B+'seeds-investment-advice-fp/standalone_user_inputs.jsonl'):
    rows.append(dict(text=s['text'],label='benign',source=f'{PKG}:{B}seeds-investment-advice-fp/standalone_user_inputs.jsonl#{s["id"]}',lang='en'))
# ordinary investment-advice questions (off-policy for the demo app but no injection technique) -> benign
for s in load(B+'seeds-investment-advice/standalone_user_inputs.jsonl'):
    rows.append(dict(text=s['text'],label='benign',source=f'{PKG}:{B}seeds-investment-advice/standalone_user_inputs.jsonl#{s["id"]}',lang='en'))
# clean carrier documents (emails/news/code) before any payload is inserted -> benign
for d in sorted(os.listdir(ROOT+B)):
    for s in load(B+d+'/base_user_inputs.jsonl'):
        doc=s.get('document') or ''
        if not doc or (s.get('placeholder') and s['placeholder'] in doc): continue
        rows.append(dict(text=doc,label='benign',source=f'{PKG}:{B}{d}/base_user_inputs.jsonl#{s["id"]}',lang='en'))
rnd.shuffle(rows)
# spikee payloads define their own variables ("[QUERY] where QUERY is ...", "Substitute PLACEHOLDER with ..."), so the generic
# placeholder filter is replaced by a check for real template slots only
rows=[r for r in rows if '<INSTRUCTION>' not in r['text'] and not re.search(r'\{[A-Za-z_]+\}', r['text'])]
write('spikee', rows, allow_placeholder=True)
