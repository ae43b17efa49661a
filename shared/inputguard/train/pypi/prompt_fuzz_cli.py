import json
from common import write, pkg_dir
PKG='prompt-fuzz-cli==0.1.0'; P='promptfuzz/data/payloads.json'
rows=[dict(text=p['prompt'],label='attack',source=f'{PKG}:{P}#{p["id"]}',lang='en') for p in json.load(open(pkg_dir('prompt-fuzz-cli')+P, encoding='utf-8'))['payloads']]
write('prompt_fuzz_cli', rows)
