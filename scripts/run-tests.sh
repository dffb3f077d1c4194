#!/usr/bin/env bash
# Set up everything (system packages, .venv with test extras) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export QT_QPA_PLATFORM=offscreen
echo "== architecture contracts (import-linter)"
.venv/bin/lint-imports --no-cache
# The team-mode tests (marker `postgres`) start a throwaway PostgreSQL cluster themselves
# (tests/store/pg_cluster.py); under CI=true they fail, rather than skip, when none can start.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
echo "== PostgreSQL for the team-mode tests: ${pg_bin:-not installed}"
echo "== tests"
exec .venv/bin/python -m pytest -p no:cacheprovider "$@"
