"""LLMPrompts (Python port of the Wolfram Prompt Repository): persona and instruction prompts, i.e. benign
system-prompt-like texts ("Your name is Darcy ...", "Answer questions ... ONLY include ...").

Read: LLMPrompts/resources/prompts.json, field 'PromptText'. Function prompts are stored as
  -> $a='', $b='1' {"Rewrite the following text: $a ..."}
their template body is kept when its $-argument slots stand alone (a line of its own or after a final colon),
with those slots removed; templates with a slot inside a sentence are dropped.
"""
import json, re
from common import pinned, write

NAME = 'llmprompts'
ver, z = pinned(NAME)
p = 'LLMPrompts/resources/prompts.json'
FUNC = re.compile(r'^\s*->\s*(?:\$\w+\s*=\s*\'[^\']*\'\s*,?\s*)*\{"(.*)"\}\s*$', re.S)
rows = []
for i, r in enumerate(json.loads(z.read(p))):
    t = r.get('PromptText') or ''
    m = FUNC.match(t)
    if m:
        # keep a template only where its argument slots stand alone (a trailing "$a" line or "...: $a"),
        # since an inline slot ("Write a song about $a") leaves a broken sentence
        lines = []
        for l in m.group(1).split('\n'):
            if re.fullmatch(r'\s*`?\$\w+`?\s*', l): continue
            l = re.sub(r':\s*`?\$\w+`?\s*$', '', l)
            lines.append(l)
        t = re.sub(r'\n{3,}', '\n\n', '\n'.join(lines)).strip()
    if re.search(r'\$\w+', t):
        continue   # inline slot left: unfilled template
    if t.startswith('Our reviewers'):
        continue   # reviewer note, not a prompt
    rows.append({'text': t, 'source': f'{NAME}=={ver}:{p}#{i}', 'lang': 'en'})
write('llmprompts', rows)
