#!/usr/bin/env bash
# Refresh the Dutch translation of the desktop UI.
#
#   1. lupdate: every .py under relbeheer/ that calls tr()/translate() -> relbeheer_nl.ts
#      (existing translations are kept; strings no longer in the code are dropped)
#   2. scripts/fill_translations.py: Dutch texts from resources/translations/nl_terms.tsv
#      (skip with NO_FILL=1)
#   3. lrelease: relbeheer_nl.ts -> relbeheer_nl.qm (what relbeheer.ui.app loads)
#
# Run from anywhere:  scripts/update-translations.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="${VENV_BIN:-$ROOT/.venv/bin}"
TS=resources/translations/relbeheer_nl.ts
QM=resources/translations/relbeheer_nl.qm

mapfile -t SOURCES < <(grep -rlE --include='*.py' '\b(tr|translate|QT_TRANSLATE_NOOP|QT_TR_NOOP)\(' relbeheer | sort)
if [ "${#SOURCES[@]}" -eq 0 ]; then
  echo "no translatable sources found" >&2
  exit 1
fi

"$BIN/pyside6-lupdate" -silent -no-obsolete -locations absolute \
  -source-language en -target-language nl_NL "${SOURCES[@]}" -ts "$TS"

if [ -z "${NO_FILL:-}" ]; then
  "$BIN/python" scripts/fill_translations.py "$TS"
fi

"$BIN/pyside6-lrelease" -silent "$TS" -qm "$QM"
echo "$(grep -c '<message' "$TS") messages in $TS; $(grep -c 'type="unfinished"' "$TS") unfinished -> $QM"
