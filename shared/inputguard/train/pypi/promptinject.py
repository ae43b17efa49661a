import importlib.util, random, itertools
from common import write, pkg_dir
PKG='promptinject==0.1.1.1'
spec=importlib.util.spec_from_file_location('pi_data',pkg_dir('promptinject')+'promptinject/prompt_data.py')
d=importlib.util.module_from_spec(spec); spec.loader.exec_module(d)
rnd=random.Random(21); rows=[]
attacks=[('goal_hikacking_attacks',k,v['instruction']) for k,v in d.goal_hikacking_attacks.items()]+[('prompt_leaking_attacks',k,v['instruction']) for k,v in d.prompt_leaking_attacks.items()]
# same composition as promptinject.prompting._join_prompt_attack: (escape + delimiter*len)*times + "\n" + instruction(rogue_string)
for (grp,k,ins),(rk,rs) in itertools.product(attacks, d.rogue_strings.items()):
    if '{REPLACE_rogue_string}' not in ins and rk!='hate-humans': continue
    base=ins.format(REPLACE_rogue_string=rs)
    variants=[('none','')]
    for _ in range(3):
        e,dl=rnd.choice(list(d.escape_chars.items())),rnd.choice(list(d.delimiter_chars.items()))
        L,T=rnd.choice([5,10,20]),rnd.choice([1,2])
        variants.append((f'esc={e[0]},delim={dl[0]},len={L},times={T}', (e[1]+dl[1]*L)*T+'\n'))
    for vn,pre in variants:
        rows.append(dict(text=pre+base,label='attack',source=f'{PKG}:promptinject/prompt_data.py#{grp}/{k}+rogue_strings/{rk}+{vn}',lang='en'))
write('promptinject', rows)
