#!/usr/bin/env bash
# Builds the probe for wasm32-unknown-unknown (and wasm32-wasip2) with and without the redactor
# and prints raw and gzip sizes. Uses CARGO_TARGET_DIR if set, else ./target.
set -euo pipefail
cd "$(dirname "$0")"
T="${CARGO_TARGET_DIR:-$PWD/target}"
EXTRA="${EXTRA:-}"   # e.g. EXTRA=realistic for the serde_json baseline
for target in wasm32-unknown-unknown wasm32-wasip2; do
  for variant in base redact; do
    feats="$EXTRA"
    [ "$variant" = redact ] && feats="$feats redact"
    flags=()
    [ -n "${feats// }" ] && flags=(--features "$feats")
    CARGO_TARGET_DIR="$T/$variant${EXTRA:+-$EXTRA}" cargo build --quiet --release --target "$target" "${flags[@]}"
    f="$T/$variant${EXTRA:+-$EXTRA}/$target/release/redact_size_probe.wasm"
    cp "$f" "$T/probe-$target-$variant${EXTRA:+-$EXTRA}.wasm"
    raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
    printf '%-24s %-16s raw %8d B  gzip -9 %7d B\n' "$target" "$variant${EXTRA:+ +$EXTRA}" "$raw" "$gz"
    eval "${variant}_raw=$raw; ${variant}_gz=$gz"
  done
  printf '%-24s %-16s raw %+8d B  gzip -9 %+7d B\n' "$target" "added" $((redact_raw - base_raw)) $((redact_gz - base_gz))
done
