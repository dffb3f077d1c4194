#!/usr/bin/env bash
# Set up everything and start Sitrep on the bundled demo project (or the project given).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    shot="$PWD/sitrep-screenshot.png"
    echo "No display found: starting Sitrep on a virtual screen and saving a picture to $shot"
    exec xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/sitrep "$@" --screenshot "$shot"
fi
exec .venv/bin/sitrep "$@"
