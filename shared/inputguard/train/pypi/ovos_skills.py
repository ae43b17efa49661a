# one output file per OVOS skill package: ovos_skill_<name>.jsonl (benign voice-assistant utterances from locale/*/ *.intent files)
import glob, os, re, random, collections
from common import write, PLACEHOLDER, pkg_dir
R=pkg_dir('ovos')   # one unpacked wheel per skill: <name>-<version>-py3-none-any/
def expand(line, limit=12):
    # expand padatious alternation groups '(a|b|)' using the alternatives written in the file itself
    out=[line]
    for _ in range(6):
        nxt=[]
        for l in out:
            m=re.search(r'\(([^()]*)\)', l)
            if not m: nxt.append(l); continue
            for alt in m.group(1).split('|'): nxt.append(l[:m.start()]+alt+l[m.end():])
        out=nxt[:limit*4]
        if not any('(' in l for l in out): break
    return out[:limit]
PER_LANG={'en':60,'pt':90,'es':90}; OTHER=25
# OVOS skills before their Neon forks: a shared utterance stays with the OVOS original
for d in sorted(glob.glob(R+'*'), key=lambda d: (os.path.basename(d).startswith('neon'), d)):
    whl=os.path.basename(d)                     # e.g. ovos_skill_date_time-1.1.5-py3-none-any
    name,ver=whl.split('-')[:2]; pkg=name.replace('_','-')
    by=collections.defaultdict(list)
    for f in sorted(glob.glob(d+'/**/locale/*/**/*.intent', recursive=True)):
        loc=re.search(r'/locale/([^/]+)/', f).group(1)
        lang=loc.split('-')[0].lower()
        rel=os.path.relpath(f,d)
        for i,line in enumerate(open(f, encoding='utf-8', errors='replace')):
            if line.strip().startswith('#'): continue
            for t in expand(line.strip()):
                t=re.sub(r'\s+',' ',t).strip()
                if not t or PLACEHOLDER.search(t) or re.search(r'[{}()|\[\]]', t): continue  # slots / unexpandable syntax
                by[lang].append(dict(text=t,label='benign',source=f'{pkg}=={ver}:{rel}#L{i+1}',lang=lang))
    rnd=random.Random(21); rows=[]
    for lang,L in sorted(by.items()):
        rnd.shuffle(L); rows+=L[:PER_LANG.get(lang,OTHER)*3]   # oversample; write() dedups, then caps at 400
    # interleave by language so the cap keeps a language mix
    rows.sort(key=lambda r: (rnd.random()*(0.5 if r['lang'] in ('pt','es') else 1.0)))
    write(name, rows)
