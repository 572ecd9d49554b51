# Shared by ./run and ./test: make .venv and install the app (+ extras) when needed.
# Sourced, not executed. Re-installs only when pyproject.toml changed since last time.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3}"

ensure_qt_system_libs() {
  # PySide6 wheels need a few system libraries even offscreen; install them on a bare
  # Debian/Ubuntu machine when we may (root + apt), otherwise say what is missing.
  local missing=()
  for lib in libGL.so.1 libEGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libglib-2.0.so.0; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || missing+=("$lib")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing system libraries for Qt: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgl1 libegl1 libxkbcommon0 \
      libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 libxcb-cursor0 fonts-dejavu-core >/dev/null
  else
    echo "Warning: missing system libraries for Qt: ${missing[*]} (install your distribution's Qt 6 runtime)" >&2
  fi
}

ensure_qt_display_libs() {
  # The window itself (Qt's xcb plugin) needs more X11 libraries than offscreen tests;
  # checked with ldd so only what is really missing gets installed.
  local plugin
  plugin="$(find "$VENV" -path '*PySide6/Qt/plugins/platforms/libqxcb.so' 2>/dev/null | head -1)"
  [ -n "$plugin" ] || return 0
  local libdir="${plugin%/plugins/*}/lib"
  local report
  report="$(LD_LIBRARY_PATH="$libdir" ldd "$plugin" "$libdir/libQt6XcbQpa.so.6" 2>/dev/null || true)"
  case "$report" in *"not found"*) ;; *) return 0 ;; esac
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing X11 libraries for the Qt window"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
      libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxcb-cursor0 \
      libxkbcommon-x11-0 libx11-xcb1 >/dev/null
  else
    echo "Warning: Qt's X11 plugin misses libraries (see: ldd $plugin); install libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1" >&2
  fi
}

ensure_venv() {
  local extras="${1:-}"
  if [ ! -x "$VENV/bin/python" ]; then
    echo "Creating virtual environment in $VENV"
    "$PY" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
  fi
  local stamp="$VENV/.installed${extras:+-$extras}"
  if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
    echo "Installing relbeheer${extras:+ with [$extras]} (first time takes a minute)"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$ROOT${extras:+[$extras]}" 2>&1 \
      | grep -vE "^WARNING: Location|is neither a file nor a directory" || true
    "$VENV/bin/python" -c "import relbeheer" # fail loudly if the install did not work
    touch "$stamp"
  fi
  ensure_qt_system_libs
}
