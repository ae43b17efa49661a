# Shell helpers shared by pypi/fetch.sh and benign/fetch.sh (sourced after they set PY, CACHE
# and HELPERS).

# sha256 FILE: the file's SHA-256 in hex (Python's hashlib, so no coreutils flavour matters).
sha256() { "$PY" -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "$1"; }

# install_helpers: installs the pinned $HELPERS wheels into $CACHE/pylib (the cache only, never
# the system), once per helper list.
install_helpers() {
  if [ "$(cat "$CACHE/pylib/.installed" 2>/dev/null || true)" != "$HELPERS" ]; then
    echo "==> installing $HELPERS into $CACHE/pylib"
    rm -rf "$CACHE/pylib"
    # shellcheck disable=SC2086
    "$PY" -m pip install --quiet --no-deps --only-binary=:all: --target "$CACHE/pylib" $HELPERS
    echo "$HELPERS" > "$CACHE/pylib/.installed"
  fi
}
