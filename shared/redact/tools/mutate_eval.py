"""Makes held-out-like variants of the dev sets: same templates, fresh random values.

Usage (from the repository root):
    cargo build --release -p portcullis-redact --example redact
    python3 shared/redact/tools/mutate_eval.py [copies=5] [seed=1]
Env: REDACT_BIN (the built example), GUARD_EVAL_DIR (the eval files; read at run time).

Values are replaced by same-length values of the same character classes (hex stays hex,
vendor prefixes are kept, CPF/CNPJ check digits are recomputed, phones keep their first digits
so they stay in the numbering plan). Then scores the redactor CLI (--jsonl) like the README.
"""
import json, os, random, re, subprocess, sys, base64, string, collections

random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
N = int(sys.argv[1]) if len(sys.argv) > 1 else 5
BIN = os.environ.get('REDACT_BIN', os.path.join(os.environ.get('CARGO_TARGET_DIR', 'target'), 'release/examples/redact'))
EVAL = os.environ.get('GUARD_EVAL_DIR', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../shared/eval')) + '/'

PREFIX = re.compile(r'^(sk_live_|sk_test_|rk_live_|rk_test_|whsec_|pdl_(live|sdbx)_apikey_|pdl_ntfset_|APP_USR-|TEST-|sb_secret_|sb_publishable_|pk_live_|ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|AKIA|ASIA|xoxb-|xoxp-|xapp-1-|sk-ant-api03-|sk-proj-|sk-svcacct-|sk-|AIza|SG\.|EAA|eyJ|https://hooks\.slack\.com/services/|cus_|req_|txn_|msg_|pm_|re_|seti_|ntfset_|live_|test_|wamid\.|sha256[:=]|v1,|t=|ts=|MLB|ORD-|PED-|G-)')

def sub_classes(v):
    out = []
    # hex-ness per alnum segment
    for seg in re.split(r'([^A-Za-z0-9]+)', v):
        if not seg or not seg[0].isalnum():
            out.append(seg); continue
        lowhex = all(c in '0123456789abcdef' for c in seg) and len(seg) >= 8
        uphex = all(c in '0123456789ABCDEF' for c in seg) and len(seg) >= 8
        s = []
        for c in seg:
            if c.isdigit(): s.append(random.choice(string.digits if not (lowhex or uphex) else '0123456789'))
            elif lowhex and c.islower(): s.append(random.choice('abcdef'))
            elif uphex and c.isupper(): s.append(random.choice('ABCDEF'))
            elif c.islower(): s.append(random.choice(string.ascii_lowercase))
            elif c.isupper(): s.append(random.choice(string.ascii_uppercase))
            else: s.append(c)
        out.append(''.join(s))
    return ''.join(out)

def mutate_secret(kind, v):
    if kind in ('pem_private_key', 'gitleaks_false_positive', 'masked_secret', 'placeholder',
                'unexpanded_reference', 'no_secret_code_line', 'duration', 'public_key'):
        return v
    if kind == 'basic_auth_credentials':
        d = base64.b64decode(v + '===').decode()
        u, p = d.split(':', 1)
        return base64.b64encode((u + ':' + sub_classes(p)).encode()).decode()[:len(v)] if False else base64.b64encode((u + ':' + sub_classes(p)).encode()).decode()
    m = PREFIX.match(v)
    k = m.end() if m else 0
    if kind == 'jwt':
        k = v.index('.') + 1  # keep the header
    return v[:k] + sub_classes(v[k:])

def cpf_dv(d):
    for n in (9, 10):
        s = sum(int(d[i]) * (n + 1 - i) for i in range(n))
        r = (s * 10) % 11
        d += str(0 if r == 10 else r)
    return d

def cnpj_dv(d):
    for n in (12, 13):
        s = sum((ord(d[i]) - 48) * (2 + (n - 1 - i) % 8) for i in range(n))
        r = s % 11
        d += str(0 if r < 2 else 11 - r)
    return d

def refill(fmt, chars):
    it = iter(chars); return ''.join(next(it) if c.isalnum() else c for c in fmt)

def mutate_pii(kind, v):
    if kind == 'email':
        local, dom = v.split('@', 1)
        return sub_classes(local) + '@' + dom
    if kind == 'phone':
        digits = [i for i, c in enumerate(v) if c.isdigit()]
        s = list(v)
        for i in digits[7:]:
            s[i] = random.choice(string.digits)
        return ''.join(s)
    if kind == 'cpf':
        return refill(v, cpf_dv(''.join(random.choice(string.digits) for _ in range(9))))
    if kind == 'cnpj':
        alnum = re.sub(r'[^0-9A-Z]', '', v)
        if any(c.isalpha() for c in alnum):
            base = ''.join(random.choice(string.digits + string.ascii_uppercase) for _ in range(12))
        else:
            base = ''.join(random.choice(string.digits) for _ in range(8)) + '0001'
        return refill(v, cnpj_dv(base))
    if kind in ('invalid_cpf', 'invalid_cnpj'):
        while True:
            alnum = re.sub(r'[^0-9]', '', v)
            cand = ''.join(random.choice(string.digits) for _ in alnum)
            good = cpf_dv(cand[:9]) if kind == 'invalid_cpf' else cnpj_dv(cand[:12])
            if good != cand:
                return refill(v, cand)
    if kind in ('timestamp', 'price', 'duration_ms', 'card_last4', 'version'):
        return v
    if kind in ('order_id', 'payment_id', 'ean13'):
        m = PREFIX.match(v); k = m.end() if m else 0
        head = v[:k + 1] if v[k:k+1].isdigit() else v[:k]
        return head + sub_classes(v[len(head):])
    m = PREFIX.match(v); k = m.end() if m else 0
    return v[:k] + sub_classes(v[k:])

def variant(row, mut):
    text = row['text']
    repl = []
    for s in row['spans']:
        repl.append((s['start'], s['end'], mut(s['kind'], text[s['start']:s['end']])))
    for d in row['decoys']:
        if d['kind'] == 'gitleaks_false_positive': continue
        repl.append((d['start'], d['end'], mut(d['kind'], text[d['start']:d['end']])))
    # drop overlapping replacements (a decoy inside a span etc.)
    repl.sort()
    keep = []
    for r in repl:
        if keep and r[0] < keep[-1][1]:
            continue
        keep.append(r)
    out = []; pos = 0; shift = 0; newpos = {}
    for a, b, v in keep:
        out.append(text[pos:a]); newpos[(a, b)] = (a + shift, a + shift + len(v)); out.append(v); shift += len(v) - (b - a); pos = b
    out.append(text[pos:])
    def remap(l):
        res = []
        for s in l:
            if (s['start'], s['end']) in newpos:
                a, b = newpos[(s['start'], s['end'])]
            else:
                # shift by replacements before it
                sh = sum(len(v) - (b2 - a2) for a2, b2, v in keep if b2 <= s['start'])
                a, b = s['start'] + sh, s['end'] + sh
            res.append(dict(s, start=a, end=b))
        return res
    return dict(row, text=''.join(out), spans=remap(row['spans']), decoys=remap(row['decoys']))

def run(rows, flags):
    inp = '\n'.join(json.dumps({'text': r['text']}) for r in rows) + '\n'
    out = subprocess.run([BIN, '--jsonl'] + flags, input=inp.encode(), capture_output=True, check=True).stdout.decode().splitlines()
    assert len(out) == len(rows)
    return [json.loads(l) for l in out]

def score(rows, outs, title, group):
    rec = collections.Counter(); tot = collections.Counter(); prec = [0, 0]; fpl = [0, 0]
    dec = collections.Counter(); dect = collections.Counter()
    misses = []; fps = []
    for r, o in zip(rows, outs):
        preds = [(s['start'], s['end'], s['kind']) for s in o['spans']]
        for t in r['spans']:
            c = any(p[0] <= t['start'] and p[1] >= t['end'] for p in preds)
            tot[t['kind']] += 1; rec[t['kind']] += c
            if not c: misses.append((t['kind'], r['text'][t['start']:t['end']], r['text'][max(0,t['start']-50):t['end']+20]))
        for p in preds:
            g = any(p[0] <= t['start'] and p[1] >= t['end'] for t in r['spans'])
            prec[0] += g; prec[1] += 1
            if not g: fps.append((p[2], r['text'][p[0]:p[1]], r['text'][max(0,p[0]-50):p[1]+20]))
        for d in r['decoys']:
            key = d['kind'] + ('/' + d['strength'] if 'strength' in d else '')
            dect[key] += 1
            dec[key] += any(p[0] < d['end'] and d['start'] < p[1] for p in preds)
        if not r['spans']:
            fpl[1] += 1; fpl[0] += bool(preds)
    R = sum(rec.values()) / sum(tot.values())
    print(f'== {title}: recall {100*R:.2f}% ({sum(rec.values())}/{sum(tot.values())}) precision {100*prec[0]/max(1,prec[1]):.2f}% ({prec[0]}/{prec[1]}) lineFP {fpl[0]}/{fpl[1]}')
    for k in sorted(tot):
        if rec[k] != tot[k]: print(f'   recall {k}: {rec[k]}/{tot[k]}')
    for k in sorted(dect):
        if dec[k]: print(f'   decoy {k}: {dec[k]}/{dect[k]}')
    seen = set()
    for m in misses[:25]:
        print('   MISS', m)
    for f in fps[:25]:
        print('   FP  ', f)

for name, flags, mut, group in (('pii_dev.jsonl', ['--no-secret-formats'], mutate_pii, 'locale'),
                                ('secrets_dev.jsonl', ['--no-pii'], mutate_secret, 'template')):
    rows = [json.loads(l) for l in open(EVAL + name)]
    variants = [variant(r, mut) for _ in range(N) for r in rows]
    outs = run(variants, flags)
    score(variants, outs, f'{name} x{N} mutated', group)
