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

# pinned_wheel SPEC HASH: downloads the wheel `name==version` into $CACHE/wheels/<name> unless it
# is there, checks its SHA-256 against HASH (exits on a mismatch) and prints its path.
pinned_wheel() {
  _dir="$CACHE/wheels/${1%%==*}"
  if ! ls "$_dir"/*.whl >/dev/null 2>&1; then
    echo "==> fetching $1" >&2
    "$PY" -m pip download --quiet --no-deps --only-binary=:all: --dest "$_dir" "$1" >&2
  fi
  _whl=$(ls "$_dir"/*.whl)
  if [ "$(sha256 "$_whl")" != "$2" ]; then
    echo "sha256 mismatch for $_whl (expected $2); delete $_dir and retry" >&2
    exit 1
  fi
  echo "$_whl"
}
