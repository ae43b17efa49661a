#!/usr/bin/env bash
# Builds the probe for wasm32-unknown-unknown in each variant and prints raw and gzip sizes.
set -euo pipefail
cd "$(dirname "$0")"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
wasm="$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/jws_probe.wasm"
for variant in baseline es256 rs256 both; do
  case $variant in
    baseline) feats="" ;;
    both) feats="--features es256,rs256" ;;
    *) feats="--features $variant" ;;
  esac
  # shellcheck disable=SC2086
  cargo build -q --release --target wasm32-unknown-unknown $feats
  raw=$(wc -c < "$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  printf '%-9s raw %7d B  gzip %6d B\n' "$variant" "$raw" "$gz"
  cp "$wasm" "$CARGO_TARGET_DIR/probe-$variant.wasm"
done
