"""Shared helpers for the converters: paths, exclusion list, cross-file dedup and the common write() rules.

Set by fetch.sh:
  PYPI_PKGS  directory holding one unpacked wheel per package (<PYPI_PKGS>/<name>/, OVOS skills under <PYPI_PKGS>/ovos/)
  PYPI_OUT   directory the <slug>.jsonl files are written to
Optional:
  GUARD_EVAL_DIR  directory holding prompt_injection_dev.jsonl (default <repo>/../shared/eval)
"""
import json, re, glob, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..'))
OUT = os.environ['PYPI_OUT']
PKGS = os.environ['PYPI_PKGS']
EVAL_DIR = os.environ.get('GUARD_EVAL_DIR') or os.path.join(REPO, '..', 'shared', 'eval')
def pkg_dir(name):
    """unpacked wheel of PyPI package `name`, with a trailing slash"""
    return os.path.join(PKGS, name) + '/'
def norm(t):
    return re.sub(r'\s+', ' ', t.lower()).strip()
_EXCL = None
def excluded():
    global _EXCL
    if _EXCL is None:
        s = set()
        for f in [os.path.join(EVAL_DIR, 'prompt_injection_dev.jsonl')] + sorted(glob.glob(os.path.join(REPO, 'shared', 'inputguard', 'probes', '*.jsonl'))):
            for line in open(f, encoding='utf-8'):
                line = line.strip()
                if not line: continue
                try: s.add(norm(json.loads(line)['text']))
                except Exception: pass
        _EXCL = s
    return _EXCL
def others(slug):
    """normalized texts of every other file currently in OUT (cross-file dedup)"""
    s = set()
    for f in glob.glob(os.path.join(OUT, '*.jsonl')):
        if os.path.basename(f) == slug + '.jsonl': continue
        for line in open(f, encoding='utf-8'):
            s.add(norm(json.loads(line)['text']))
    return s
PLACEHOLDER = re.compile(r'\{[A-Za-z_][A-Za-z0-9_ -]*\}|<\|?user[-_ ]?(query|input)\|?>|\{\{[^}]*\}\}|<\s*PAYLOAD\s*>|\[INSERT[^\]]*\]|\[PROMPT\]|\[[A-Z_ ]*(?:TASK|TOPIC|REQUEST|QUERY|QUESTION|PAYLOAD|GOAL|TARGET|PROMPT HERE)[A-Z_ ]*\]')
SCRIPTS=[('zh',0x4E00,0x9FFF),('ru',0x0400,0x04FF),('ar',0x0600,0x06FF),('th',0x0E00,0x0E7F),('bn',0x0980,0x09FF),('hi',0x0900,0x097F),('ja',0x3040,0x30FF),('ko',0xAC00,0xD7AF),('he',0x0590,0x05FF),('el',0x0370,0x03FF)]
def fix_lang(t, lang):
    """if declared 'en' but most letters are in one non-Latin script, relabel by script"""
    if lang != 'en': return lang
    letters=[c for c in t if c.isalpha()]
    if not letters: return lang
    for code,a,b in SCRIPTS:
        if sum(a<=ord(c)<=b for c in letters) > 0.5*len(letters): return code
    return guess_latin(t, 'en')   # Latin-script rows declared 'en': function-word check for es/pt/fr/de
def write(slug, rows, cap=400, seed=21, allow_placeholder=False):
    """rows: list of dicts text,label,source,lang"""
    excl = excluded(); oth = others(slug)
    seen = set(); kept = {'attack': [], 'benign': []}; drops = {}
    for r in rows:
        t = r['text']
        if not isinstance(t, str): drops['nonstr'] = drops.get('nonstr', 0) + 1; continue
        t = t.strip()
        n = norm(t)
        why = None
        if r['label'] not in kept: why = 'label'
        elif len(n.split()) < 3: why = 'short'
        elif not allow_placeholder and PLACEHOLDER.search(t): why = 'placeholder'
        elif n in excl: why = 'eval'
        elif n in oth: why = 'crossdup'
        elif n in seen: why = 'dup'
        if why:
            drops[why] = drops.get(why, 0) + 1; continue
        seen.add(n)
        kept[r['label']].append({'text': t, 'label': r['label'], 'source': r['source'], 'lang': fix_lang(t, r.get('lang', 'en'))})
    rnd = random.Random(seed)
    out = []
    for lab in ('attack', 'benign'):
        L = kept[lab]
        if len(L) > cap:
            L = rnd.sample(L, cap)
        out += L
    tmp = f'{OUT}/{slug}.jsonl.tmp'
    with open(tmp, 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    os.replace(tmp, f'{OUT}/{slug}.jsonl')
    from collections import Counter
    c = Counter((r['label'], r['lang']) for r in out)
    print(slug, 'kept', dict(c), 'pre-cap', {k: len(v) for k, v in kept.items()}, 'drops', drops)
    return out
FW={'en':'the you your and to of is are with from this that what now all a in it be for on do not me my please i'.split(),
    'es':'el la los las tu tus y es eres con ahora una un del lo muy pero mi'.split(),
    'pt':'os você seu sua é com agora uma um da não meu minha são também'.split(),
    'fr':'le les vous votre est avec pour maintenant tout toutes une du ne pas je et'.split(),
    'de':'der die das und ist du sie ihre mit für jetzt alle eine ein nicht den'.split()}
def guess_latin(t, default='en'):
    w=re.findall(r"[a-zà-ÿ]+", t.lower())
    sc={k:sum(x in set(v) for x in w) for k,v in FW.items()}
    best=max(sc, key=sc.get)
    return best if sc[best] >= 3 and sc[best] >= 2*sc.get(default,0) else default
# cue words for keeping rows from noisy attack-labelled sources (English); rows without any cue are treated as 'label unclear' and dropped
INJ_CUE = re.compile(r"ignore|disregard|forget|overrid|bypass|instruction|directive|system prompt|system message|\bprompt\b|"
    r"jailbr|\bDAN\b|developer mode|do anything now|unrestrict|unfiltered|uncensor|no (rules|restrictions|limits|filters)|"
    r"without (any )?(restrictions|rules|filters|limits)|rules|guidelines|policy|policies|restriction|"
    r"reveal|secret|password|api key|token|credential|\benv\b|environment variable|confidential|"
    r"pretend|roleplay|role-play|act as|you are now|from now on|new role|persona|mode\b|"
    r"base64|rot13|decode|hex\b|encod|"
    r"<\|im_start\|>|\[INST\]|<<SYS>>|\[/?SYSTEM\]|###|</?system>|assistant:|system:|"
    r"send (an )?email|forward|exfiltrat|send .* to |@|http", re.I)
