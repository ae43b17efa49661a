"""home-assistant-intents (the sentence templates of Home Assistant's voice assistant): spoken requests to a
home assistant in Portuguese (Brazil and Portugal), Spanish, German, French, Italian and English
("que horas são agora", "pon el temporizador en 5 minutos", "wie spät ist es").

Read: home_assistant_intents/data/{pt-BR,pt,es,de,fr,it,en}.json, intents.<intent>.data[*].sentences.
  The templates use hassil syntax: (a|b) alternatives, [x] optional parts, <rule> expansion rules of the
  file, {list} / {list:slot} slots. Each template is expanded at random (random.Random(7)) into up to
  PER_TEMPLATE distinct sentences; a slot is filled only from the file's own `lists` (value lists, and number
  ranges); templates with a slot the file does not define (the user's {area}, {name}, {floor} and wildcards
  such as {message} or {timer_name}) are skipped, since filling them would mean inventing text. Sentences
  under 3 words are dropped before sampling; at most PER_INTENT sentences per file and intent.
"""
import json, random, re
from common import pinned, write

NAME = 'home-assistant-intents'
ver, z = pinned(NAME)
FILES = [('pt-BR', 'pt'), ('pt', 'pt'), ('es', 'es'), ('de', 'de'), ('fr', 'fr'), ('it', 'it'), ('en', 'en')]
PER_TEMPLATE = 4
PER_INTENT = 50   # per file and intent, so the many timer templates do not crowd out the rest
rnd = random.Random(7)

class Unresolved(Exception):
    pass

def parse(s, i=0, end=None):
    """hassil template -> ('alt', [seq, ...]); seq = list of str | ('alt', ...) | ('slot', name) | ('rule', name)"""
    alts, seq, buf = [], [], []
    def flush():
        if buf: seq.append(''.join(buf)); buf.clear()
    while i < len(s):
        c = s[i]
        if c == end:
            flush(); alts.append(seq); return ('alt', alts), i + 1
        if c == '|' or c == ';':   # ';' (permutation) is read as a plain sequence, in written order
            flush()
            if c == '|': alts.append(seq); seq = []
            else: seq.append(' ')
            i += 1
        elif c == '(':
            flush(); node, i = parse(s, i + 1, ')'); seq.append(node)
        elif c == '[':
            flush(); node, i = parse(s, i + 1, ']'); node[1].append([]); seq.append(node)
        elif c in '{<':
            flush(); j = s.index('}' if c == '{' else '>', i)
            seq.append(('slot' if c == '{' else 'rule', s[i + 1:j])); i = j + 1
        else:
            buf.append(c); i += 1
    flush(); alts.append(seq)
    return ('alt', alts), i

def number(r):
    lo, hi, step = int(r.get('from', 0)), int(r.get('to', 100)), int(r.get('step', 1)) or 1
    return str(rnd.randrange(lo, hi + 1, step))

def sample(node, lists, rules, depth=0):
    if depth > 30: raise Unresolved('depth')
    if isinstance(node, str): return node
    kind, val = node
    if kind == 'alt':
        return ''.join(sample(x, lists, rules, depth + 1) for x in rnd.choice(val))
    if kind == 'rule':
        if val not in rules: raise Unresolved(val)
        return sample(parse(rules[val])[0], lists, rules, depth + 1)
    name = val.split(':')[0]   # slot
    lst = lists.get(name)
    if not lst or lst.get('wildcard'): raise Unresolved(name)
    if 'range' in lst: return number(lst['range'])
    vals = lst.get('values') or []
    if not vals: raise Unresolved(name)
    v = rnd.choice(vals)
    v = v.get('in') if isinstance(v, dict) else v
    if not isinstance(v, str): raise Unresolved(name)
    return sample(parse(v)[0], lists, rules, depth + 1)

rows = []
for fname, lang in FILES:
    p = f'home_assistant_intents/data/{fname}.json'
    d = json.loads(z.read(p))
    lists, rules = d.get('lists') or {}, dict(d.get('expansion_rules') or {})
    for intent in sorted(d['intents']):
        cand = []
        for k, block in enumerate(d['intents'][intent].get('data') or []):
            brules = dict(rules, **(block.get('expansion_rules') or {}))
            blists = dict(lists, **(block.get('lists') or {}))
            for j, tpl in enumerate(block.get('sentences') or []):
                try: tree = parse(tpl)[0]
                except ValueError: continue
                got = []
                for _ in range(PER_TEMPLATE * 4):
                    try: t = sample(tree, blists, brules)
                    except Unresolved: break
                    t = re.sub(r'\s+', ' ', t).strip()
                    if t and t not in got: got.append(t)
                    if len(got) >= PER_TEMPLATE: break
                for n, t in enumerate(got):
                    if len(t.split()) >= 3:
                        cand.append({'text': t, 'source': f'{NAME}=={ver}:{p}#{intent}.{k}.{j}.{n}', 'lang': lang})
        rows += rnd.sample(cand, PER_INTENT) if len(cand) > PER_INTENT else cand

write('ha_intents', rows, lang_caps={'pt': 560, 'es': 560, 'de': 120, 'fr': 120, 'it': 120, 'en': 20})
