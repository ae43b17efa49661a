import json, random, collections, re
from common import write, INJ_CUE, pkg_dir
PKG='prompt-armor==0.9.1'; R=pkg_dir('prompt-armor')
# rows from datasets that also feed the project's eval set (deepset, protectai validation, gandalf) are skipped to avoid contamination
SKIP={'deepset/prompt-injections','protectai/validation','lakera/gandalf'}
rnd=random.Random(21); by=collections.defaultdict(list)
for P in ('prompt_armor/data/attacks/known_attacks_v2.jsonl','prompt_armor/data/attacks/known_attacks.jsonl'):
    for i,l in enumerate(open(R+P, encoding='utf-8')):
        r=json.loads(l)
        if r.get('source') in SKIP: continue
        t=r['text']
        if not INJ_CUE.search(t): continue   # e.g. innocuous CTF chat turns labelled as attacks -> unclear, drop
        w=t.split()
        if len(set(w))/max(len(w),1) < 0.25: continue   # token spam
        if re.search(r"do not reveal|never reveal|don't reveal|you are a helpful, respectful", t, re.I): continue  # defence-style prompts mixed into the CTF data
        by[(r.get('source'),r.get('category'))].append(dict(text=t,label='attack',source=f'{PKG}:{P}#L{i+1}:{r.get("source")}/{r.get("category")}',lang='en'))
# stratified: round-robin across (upstream source, category) buckets so the 400 cap keeps diversity
for L in by.values(): rnd.shuffle(L)
rows=[]; keys=sorted(by, key=str)
while any(by[k] for k in keys):
    for k in keys:
        if by[k]: rows.append(by[k].pop())
    if len(rows)>3000: break
write('prompt_armor', rows)
