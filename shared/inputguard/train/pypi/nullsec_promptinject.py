import sys, importlib.util
from common import write, pkg_dir
PKG='nullsec-promptinject==0.1.0'
spec=importlib.util.spec_from_file_location('np_payloads',pkg_dir('nullsec-promptinject')+'nullsec_promptinject/payloads.py')
m=importlib.util.module_from_spec(spec); sys.modules['np_payloads']=m; spec.loader.exec_module(m)
rows=[dict(text=x.text,label='attack',source=f'{PKG}:nullsec_promptinject/payloads.py#{x.category}/{i}',lang=x.language) for i,x in enumerate(m.PAYLOADS)]
write('nullsec_promptinject', rows)
