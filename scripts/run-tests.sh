#!/usr/bin/env bash
# Set up everything (system packages, .venv with test extras) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export QT_QPA_PLATFORM=offscreen
echo "== architecture contracts (import-linter)"
.venv/bin/lint-imports --no-cache
echo "== tests"
exec .venv/bin/python -m pytest -p no:cacheprovider "$@"
