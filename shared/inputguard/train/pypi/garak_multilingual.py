import sys
from common import write, pkg_dir
PKG='garak-multilingual==0.1.0'; sys.path.insert(0,pkg_dir('garak-multilingual'))
from garak_multilingual import payloads as p   # stdlib-only module
rows=[]
for name,items in p.PAYLOAD_SETS.items():
    for i,it in enumerate(items):
        lang=it.get('lang') or ('tr' if name.startswith('turkish') and name!='turkish_casefold_evasion' else 'en')
        rows.append(dict(text=it['prompt'],label='attack',source=f'{PKG}:garak_multilingual/payloads.py#{name}[{i}]',lang=lang))
write('garak_multilingual', rows)
