#!/usr/bin/env bash
# Build the desktop bundle with PyInstaller (build.spec): dist/relbeheer-<version>/relbeheer
# (onedir; on Windows relbeheer.exe, built there with Git Bash or the same pyinstaller command).
# Installs the [build] extra into .venv the first time. Check the result with
# scripts/smoke-bundle.sh.
source "$(dirname "$0")/setup-env.sh"
ensure_venv build
cd "$ROOT"
VERSION="$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n1)"
BUNDLE="dist/relbeheer-$VERSION"
if [ ! -f resources/translations/relbeheer_nl.qm ]; then
  echo "Warning: resources/translations/relbeheer_nl.qm is missing: the bundle will be English only" >&2
fi
START=$SECONDS
"$VENV/bin/pyinstaller" build.spec --noconfirm --log-level WARN "$@"
# Python's own libraries come with their symbols (about 25 MB); Qt, NumPy and SciPy ship
# stripped already and are left alone (stripping patched wheel libraries can break them).
if command -v strip >/dev/null && [ -d "$BUNDLE/_internal" ]; then
  find "$BUNDLE/_internal" -maxdepth 3 \( -name 'libpython3*.so*' -o -path '*/lib-dynload/*.so' \) -type f \
    -exec strip --strip-unneeded {} +
fi
echo "Built $BUNDLE/relbeheer in $((SECONDS - START)) s: $(du -sh "$BUNDLE" | cut -f1)" \
  "($(find "$BUNDLE" -type f | wc -l) files)"
