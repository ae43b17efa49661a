"""evals (OpenAI Evals; its wheel vendors the eval registry's sample files): the chat-format samples'
messages, as (a) benign system-prompt-like task instructions with output-format constraints ("Answer with
exactly one letter", "I want you to act as a gastronomer. Do not explain ..."), (b) English user prompts and
(c) Portuguese, Spanish, German, French and Italian user prompts (exam questions, sarcasm, kinship riddles,
bill classification).

Read: evals/registry/data/<eval>/*.jsonl, the first READ_LINES lines of each file, the 'input' message list:
  the first 'system' message and the first 'user' message of each sample.
  Per English eval at most PER_EVAL distinct texts of each role (many evals repeat one template with
  different numbers); evals in MULTI give all their user messages, labelled with the eval's language.
Evals in DENY are skipped: anything about prompt injection, jailbreaks, manipulation, deception, security
exploits, encodings/ciphers, or sensitive subjects, and evals whose 'messages' are not requests to an assistant.
"""
import io, json, re
from common import pinned, write

NAME = 'evals'
ver, z = pinned(NAME)
READ_LINES = 400
PER_EVAL = 3
MULTI = {'portuguese-exams-qa': 'pt', 'portuguese-sarcasm': 'pt', 'portuguese-kinship-riddles': 'pt',
         'brazilian_laws': 'pt', 'spanish-exams-qa': 'es', 'german-exams-qa': 'de', 'french-exams-qa': 'fr',
         'italian-exams-qa': 'it', 'italian_rhyme': 'it'}
DENY = set('''prompt-injection override-system-instruction reverse-shell naughty_strings human-safety make_me_say
 make_me_pay sandbagging self_prompting steganography security_guide base64_decode rot13 vigenere
 decrypt_caesar_cipher bugged_tools cant_do_that_anymore GPT-model-text-detection cybersecurity
 cissp-study-questions adultery-state-laws moral_exceptQA schelling_point already_said_that error_recovery
 irrelevant-negative-diversion ballots function_deduction skill_acquisition incontext_rl identifying_variables
 theory_of_mind twenty_questions text_compression detect-hshd heart-disease diabetes medication_dose
 hr_ml_agent_bench multistep-web-tasks'''.split())
# evals named after a language other than English: their user messages are in that language (their system
# messages, in English, are still read)
FOREIGN = re.compile(r'afrikaans|albanian|arabic|belarusian|blackfoot|brazilian|bulgarian|canto|chinese|croatian|'
                     r'dutch|finnish|french|german|greek|gujarati|hebrew|hindi|hungarian|icelandic|indonesian|irish|'
                     r'italian|japanese|kana|kanji|korean|latin|lithuanian|macedonian|manga|mongolian|nepali|'
                     r'norwegian|persian|polish|portuguese|romanian|russ|serbian|sindarin|spanish|swedish|tamil|'
                     r'thirukkural|turkish|ukrain|urdu|vietnamese|iqbal|tokyo', re.I)
ENW = set('the a an you your and to of is are with from this that what which how in it be for on do not me my please i'.split())

def english(t):
    letters = [c for c in t if c.isalpha()]
    if not letters or sum(c.isascii() for c in letters) < 0.95 * len(letters): return False
    nonspace = [c for c in t if not c.isspace()]
    if len(letters) < 0.6 * len(nonspace): return False   # formulas, boards, code
    return len(ENW & set(re.findall(r"[a-z]+", t.lower()))) >= 3

def first(msgs, role):
    for m in msgs:
        if isinstance(m, dict) and m.get('role') == role and isinstance(m.get('content'), str):
            return m['content'].strip()
    return None

rows = []
files = sorted(n for n in z.namelist() if n.startswith('evals/registry/data/') and n.endswith('.jsonl')
               and n.count('/') >= 4)
per = {}
for p in files:
    ev = p.split('/')[3]
    if ev in DENY or ev.startswith('test_'): continue
    lang = MULTI.get(ev, 'en')
    with z.open(p) as fh:
        for i, line in enumerate(io.TextIOWrapper(fh, encoding='utf-8', errors='replace')):
            if i >= READ_LINES: break
            try: r = json.loads(line)
            except Exception: continue
            msgs = r.get('input') if isinstance(r, dict) else None
            if not isinstance(msgs, list): continue
            for role in ('system', 'user'):
                t = first(msgs, role)
                if not t: continue
                t = re.sub(r'\n\s*(Answer|Resposta|Respuesta|Antwort|Réponse|Risposta):\s*$', '', t).strip()
                if lang == 'en' or role == 'system':
                    if not english(t) or (role == 'user' and FOREIGN.search(ev)): continue
                    got = per.setdefault((ev, role), set())
                    if len(got) >= PER_EVAL or t in got: continue
                    got.add(t)
                    rows.append({'text': t, 'source': f'{NAME}=={ver}:{p}#{i}.{role}', 'lang': 'en'})
                else:
                    rows.append({'text': t, 'source': f'{NAME}=={ver}:{p}#{i}.{role}', 'lang': lang})

write('openai_evals', rows, lang_caps={'en': 600, 'pt': 250, 'es': 200, 'de': 150, 'fr': 150, 'it': 150})
