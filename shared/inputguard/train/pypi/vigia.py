import json
from common import write, pkg_dir
PKG='vigia==0.6.2'; P='vigia/corpus/seeds/seeds_validated.json'
rows=[]
for r in json.load(open(pkg_dir('vigia')+P, encoding='utf-8')):
    # seeds whose target is instruction override, rule-removal role-play, system prompt / restriction disclosure or stored credentials -> attack;
    # PII/document disclosure by social engineering, resource exhaustion, supply chain etc. -> dropped (no injection technique)
    if r.get('target_behavior') not in ('system_instruction_override','jailbreak_via_roleplay','system_prompt_leak','credential_disclosure','restriction_enumeration'): continue
    lang=r['language'].split('-')[0]   # es-GL / es-EU are Spanish with Galician/Basque code-switching -> es
    rows.append(dict(text=r['prompt'],label='attack',source=f'{PKG}:{P}#{r["id"]}',lang=lang))
write('vigia', rows)
