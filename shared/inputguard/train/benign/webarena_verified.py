"""webarena-verified (WebArena tasks, verified release): web-agent task requests as a user would type them
("Show me the product names for order number 148.", "Assign the issue regarding flash alert in primer design
guide repo to myself.").

Read: webarena_verified/assets/dataset/test.raw.json (the original WebArena task list) and
  webarena_verified/assets/dataset/webarena-verified.json (its revised wording), field `intent` of each task
  (already instantiated). Identical intents are kept once (the first file wins); WebArena instantiates each of
  its ~240 templates several times, so at most PER_TEMPLATE intents per `intent_template_id` are kept
  (random.Random(7)).
"""
import json
from common import pinned, sample_per_template, write

NAME = 'webarena-verified'
ver, z = pinned(NAME)
PER_TEMPLATE = 4
by = {}
for p in ('webarena_verified/assets/dataset/test.raw.json', 'webarena_verified/assets/dataset/webarena-verified.json'):
    for i, r in enumerate(json.loads(z.read(p))):
        t = r.get('intent') if isinstance(r, dict) else None
        if isinstance(t, str) and t.strip():
            by.setdefault(r.get('intent_template_id'), {}).setdefault(t.strip(), f'{NAME}=={ver}:{p}#{i}')
write('webarena_verified', sample_per_template(by, PER_TEMPLATE))
