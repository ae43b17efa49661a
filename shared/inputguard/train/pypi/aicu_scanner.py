import yaml, glob, os
from common import write, guess_latin, pkg_dir
PKG='aicu-scanner==1.5.0'; R=pkg_dir('aicu-scanner'); B='aicu/payloads/'
# sets of plain questions about the assistant's capabilities (no override / no request for hidden instructions) -> benign hard negatives
BENIGN_SETS={('advanced_evasion.yaml',k) for k in ('behavioral_probing','creative_extraction','comparative','scenario_based','meta_cognitive')}
rows=[]
# hallucination.yaml: false-premise / fake-authority factual questions with no injection technique -> benign
for f in ('advanced_evasion.yaml','single_turn.yaml','jailbreaks.yaml','encoding_attacks.yaml','hallucination.yaml'):
    for k,items in yaml.safe_load(open(R+B+f, encoding='utf-8'))['payload_sets'].items():
        if k=='legitimate_tasks': continue   # covert extraction disguised as normal work requests: label unclear -> drop
        lab='benign' if (f,k) in BENIGN_SETS or f=='hallucination.yaml' else 'attack'
        for it in items:
            t=it.get('content')
            if isinstance(t,str): rows.append(dict(text=t,label=lab,source=f'{PKG}:{B}{f}#{k}/{it.get("variant_id") or it.get("id")}',lang=guess_latin(t)))
for f in sorted(glob.glob(R+B+'intruder*.txt')):
    for i,line in enumerate(open(f, encoding='utf-8')):
        t=line.rstrip('\n').replace('\\n','\n').strip()
        if t: rows.append(dict(text=t,label='attack',source=f'{PKG}:{B}{os.path.basename(f)}#L{i+1}',lang=guess_latin(t)))
write('aicu_scanner', rows)
