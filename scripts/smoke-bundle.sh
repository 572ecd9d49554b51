#!/usr/bin/env bash
# Run the frozen app (scripts/build-bundle.sh) headless through the same commands as from
# source: demo, attention, accounts, plan, suggest, a small parallel review and a UI start
# that opens the main window, waits for the attention page and exits. Any failure exits
# non-zero. Usage: scripts/smoke-bundle.sh [BUNDLE_DIR]   (default dist/relbeheer-<version>)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERSION="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$ROOT/pyproject.toml" | head -n1)"
BUNDLE="$(cd "${1:-$ROOT/dist/relbeheer-$VERSION}" && pwd)"
EXE="$BUNDLE/relbeheer"
[ -x "$EXE" ] || EXE="$BUNDLE/relbeheer.exe"
[ -x "$EXE" ] || { echo "No relbeheer executable in $BUNDLE (run scripts/build-bundle.sh)" >&2; exit 1; }

# A scratch home: the smoke writes no settings, backups or databases of the user's own.
WORK="$(mktemp -d "${TMPDIR:-/tmp}/relbeheer-smoke.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" \
  XDG_CACHE_HOME="$WORK/cache" APPDATA="$WORK/appdata" LOCALAPPDATA="$WORK/localappdata"
unset RELBEHEER_DB PYTHONPATH PYTHONHOME
cd "$WORK"  # nothing may be found relative to the source tree
DB="$WORK/demo.db"
OUT="$WORK/out.txt"

step() {  # step NAME COMMAND...: run, show the tail of its output, fail loudly
  local name="$1" start
  shift
  start=$(date +%s%N)
  if ! "$@" >"$OUT" 2>&1; then
    echo "FAIL $name: $*" >&2
    cat "$OUT" >&2
    exit 1
  fi
  local ms=$((($(date +%s%N) - start) / 1000000))
  printf 'ok   %-10s %3d.%d s  %s\n' "$name" $((ms / 1000)) $((ms % 1000 / 100)) \
    "$(grep -v 'propagateSizeHints' "$OUT" | tail -n1 | cut -c1-90)"
}
expect() {  # expect PATTERN: the last step's output holds PATTERN
  grep -q -- "$1" "$OUT" || { echo "FAIL: expected '$1' in:" >&2; cat "$OUT" >&2; exit 1; }
}

echo "Smoke test of $EXE ($(du -sh "$BUNDLE" | cut -f1))"
TOTAL=$SECONDS
step version "$EXE" --version
expect "$VERSION"
step demo "$EXE" --db "$DB" demo --scale S
step attention "$EXE" --db "$DB" attention --limit 5
[ "$(grep -c . "$OUT")" -ge 5 ] || { echo "FAIL: attention printed too little" >&2; cat "$OUT" >&2; exit 1; }
step accounts "$EXE" --db "$DB" accounts --json
ACCOUNT="$(grep -m1 -o '"account_id": "[^"]*"' "$OUT" | cut -d'"' -f4)"
[ -n "$ACCOUNT" ] || { echo "FAIL: no account id in accounts --json" >&2; exit 1; }
step plan "$EXE" --db "$DB" plan "$ACCOUNT" -o "$WORK/plan.pdf"
head -c 5 "$WORK/plan.pdf" | grep -q '%PDF-' || { echo "FAIL: plan.pdf is not a PDF" >&2; exit 1; }
grep -aq DejaVuSans "$WORK/plan.pdf" || { echo "FAIL: plan.pdf lacks the bundled fonts" >&2; exit 1; }
step suggest "$EXE" --db "$DB" suggest "$ACCOUNT" --limit 3  # NumPy + SciPy (sparse, linalg)
# Twelve plans or more run on worker processes (multiprocessing in a frozen build).
step review "$EXE" --db "$DB" review --tier A --severity medium --workers 2 -o "$WORK/review.pdf"
expect "account plan"
head -c 5 "$WORK/review.pdf" | grep -q '%PDF-' || { echo "FAIL: review.pdf is not a PDF" >&2; exit 1; }
# The window in Dutch (the users' language): the bundled relbeheer_nl.qm must load.
mkdir -p "$XDG_CONFIG_HOME/relbeheer"
printf '[ui]\nlanguage=nl\n' >"$XDG_CONFIG_HOME/relbeheer/relbeheer.conf"
step window env RELBEHEER_SMOKE=1 timeout 180 "$EXE" --db "$DB"
expect "window ok"
expect "language nl,"

if command -v ldd >/dev/null; then  # every library the bundle should carry itself is there
  missing="$(find "$BUNDLE" -name '*.so*' -type f -exec ldd {} + 2>/dev/null \
    | grep 'not found' | grep -E 'libQt6|libicu|libpyside|libshiboken|libpython' | sort -u || true)"
  [ -z "$missing" ] || { echo "FAIL: libraries missing from the bundle:" >&2; echo "$missing" >&2; exit 1; }
fi
echo "Smoke test passed in $((SECONDS - TOTAL)) s"
