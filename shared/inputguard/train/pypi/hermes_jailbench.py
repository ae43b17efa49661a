import importlib.util
from common import write, pkg_dir
PKG='hermes-jailbench==0.2.2'
spec=importlib.util.spec_from_file_location('hj_attacks',pkg_dir('hermes-jailbench')+'hermes_jailbench/attacks.py')
m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
rows=[]
for a in m.ALL_ATTACKS:
    # {TARGET} filled with the package's own default render() target
    rows.append(dict(text=a.render(),label='attack',source=f'{PKG}:hermes_jailbench/attacks.py#{a.category.value}/{a.name}',lang='en'))
write('hermes_jailbench', rows)
