#!/usr/bin/env bash
# Builds the probe for wasm32-unknown-unknown in each variant and prints raw and gzip sizes.
exec "$(dirname "$0")/../../../scripts/probe-sizes" "$(dirname "$0")" jws_probe \
  baseline es256=es256 rs256=rs256 both=es256,rs256
