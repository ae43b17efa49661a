"""ai-personas (a CC0 collection of persona and task prompts in the prompts.chat style): benign role-play and
system-prompt-like requests ("I want you to act as a DIY expert ...", "You are \"Idea Clarifier\" ...",
"Act as a Code Review Specialist ...").

Read: ai_personas/ai-personas.json, an object title -> {"prompt", "targetAudience"}; the `prompt` text.
Dropped: prompts whose title or text matches DENY (jailbreaks and "unrestricted" personas, injection,
red-teaming, malware/exploits, evasion of AI detectors, plagiarism, deception and manipulation, sexual,
violent, gambling or hateful content, insults); YAML skill files and chat-message dumps (text starting
with '---' or 'messages:'); near-copies of eval-set texts (see near_eval); texts with a bracketed
slot left to fill ('[your field]'); Latin-script texts in languages other than en/pt/es/de/fr/it, which the
common language check would take for English (other_language); anything with an unfilled ${...} slot (common rule). Ordinary uses of words
such as "password", "override", "system prompt", "secret" stay (intended hard negatives).
"""
import json, re
from common import FWS, detect, excluded, norm, pinned, write

NAME = 'ai-personas'
ver, z = pinned(NAME)
p = 'ai_personas/ai-personas.json'
DENY = re.compile(
    r'jailbr|\bDAN\b|developer mode|do anything now|uncensor|unfilter|unconstrain|unrestrict|no restrictions|'
    r'without (any )?(restrictions|limits|limitations|filters|censorship|ethic|moral)|no (ethical|moral)|'
    r'ignore (all|any|previous|prior|your|the)|disregard|bypass|exploit|malware|ransomware|penetration|pentest|'
    r'red.?team|inject|payload|hacker|\bhack(ing)?\b|nsfw|\bsex|erotic|porn|\bnud[ei]|adult|weapon|\bkill|'
    r'suicid|self.?harm|illegal|unethical|amoral|\bevil\b|content polic|break(ing)? character|offensive|racis|'
    r'profan|insult|roast|toxic|manipulat|decei|deceptive|phish|scam|steal|crack|obfuscat|evade|evasion|'
    r'undetect|humaniz|ai detect|detector|plagiar|cheat|gambl|casino|betting|wager|dark web|\btor\b|violen|'
    r'\bgore\b|abuse|\bhate|nazi|terror|gaslight|hypno|recoil|escape the box|attack|\bdrugs?\b|overdose|'
    r'extremis|bomb|explosive|poison|stalk|dox|surveil|spy\b|spyware|keylog|botnet|ddos|fraud|counterfeit|'
    r'launder|weed|cannabis|alcohol|keyauth', re.I)
# lowercase bracketed slots left for the user to fill ('[your field]', '[project name]', '[X hours/days]')
SLOT = re.compile(r'\[[^\]\n]{1,40}\](?!\()')
def other_language(t):
    """text that common.detect would call English but is in another Latin-script language (Turkish, Polish,
    Vietnamese, Indonesian ...): many non-ASCII letters, or few English function words"""
    if detect(t, 'en') != 'en': return False
    letters = [c for c in t if c.isalpha()]
    if letters and sum(not c.isascii() for c in letters) > 0.03 * len(letters): return True
    w = re.findall(r"[a-z]+", t.lower())
    return len(w) >= 10 and sum(x in FWS['en'] for x in w) < 0.1 * len(w)

# The eval set holds prompts of the same collection (f/awesome-chatgpt-prompts); write() drops exact copies,
# and here near-copies are dropped too: same first 60 characters, or >= 50% of word 4-grams shared.
def grams(n): w = n.split(); return {tuple(w[k:k + 4]) for k in range(max(1, len(w) - 3))}
EVAL = [(e[:60], grams(e)) for e in excluded()[0]]
def near_eval(t):
    n = norm(t); g = grams(n)
    return any(n[:60] == h or (g and len(g & eg) >= 0.5 * min(len(g), len(eg))) for h, eg in EVAL)
rows = []
for i, (title, v) in enumerate(json.loads(z.read(p)).items()):
    t = (v.get('prompt') or '') if isinstance(v, dict) else ''
    if not isinstance(t, str): continue
    t = t.strip()
    if DENY.search(title + '\n' + t): continue
    if t.startswith('---') or t.startswith('messages:'): continue
    if SLOT.search(t) or other_language(t): continue
    if near_eval(t): continue
    rows.append({'text': t, 'source': f'{NAME}=={ver}:{p}#{i}', 'lang': 'en'})
write('ai_personas', rows)
