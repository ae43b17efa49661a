#!/usr/bin/env bash
# Builds the probe for wasm32-unknown-unknown in each variant and prints raw and gzip sizes.
exec "$(dirname "$0")/../../../scripts/probe-sizes" "$(dirname "$0")" inputguard_size_probe \
  baseline guard=guard model=model nfkc=nfkc
