import yaml, re
from common import write, pkg_dir
PKG='agentic-redteam==1.0.0'; R=pkg_dir('agentic-redteam'); B='agentic_redteam/payloads/'
LAB={'prompt_injection.yaml':'attack','jailbreak.yaml':'attack','indirect_injection.yaml':'attack','mcp_security.yaml':'attack',
     'centroid_probes.yaml':'attack','asi10_rogue_persistence.yaml':'attack','clean_queries.yaml':'benign','schema_compliance.yaml':'benign'}
# action_level / code_safety / asi04 (plain risky requests or raw tool calls), pii_leakage (mixed, unlabelled per row), multi_turn: dropped
rows=[]
for f,lab in LAB.items():
    for i,it in enumerate(yaml.safe_load(open(R+B+f, encoding='utf-8'))):
        q=(it.get('vars') or {}).get('query')
        if not isinstance(q,str): continue
        l=lab
        # schema_compliance mixes ordinary queries with a few override probes: label those rows individually
        if f=='schema_compliance.yaml' and re.search(r'ignore (all )?previous|you are now dan|disregard|system prompt|no restrictions', q, re.I): l='attack'
        rows.append(dict(text=q,label=l,source=f'{PKG}:{B}{f}#{i}',lang='en'))
write('agentic_redteam', rows)
