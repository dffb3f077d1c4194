#!/usr/bin/env bash
# Build the onedir bundle in dist/sitrep/ and smoke-test it (opens the demo project offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/sitrep.spec
echo "Bundle: dist/sitrep ($(du -sh dist/sitrep | cut -f1))"
SECONDS_TAKEN=$(.venv/bin/python - <<'PY'
import os, subprocess, sys, tempfile, time
env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
           SITREP_DATA_DIR=tempfile.mkdtemp(), SITREP_SETTINGS_DIR=tempfile.mkdtemp())
start = time.perf_counter()
subprocess.run(["dist/sitrep/sitrep", "--smoke-test"], env=env, check=True, stdout=sys.stderr)
print(f"{time.perf_counter() - start:.2f}")
PY
)
echo "Smoke test passed: first start (builds the demo project) in ${SECONDS_TAKEN} s"
SECOND=$(.venv/bin/python - <<'PY'
import os, subprocess, sys, tempfile, time
data, conf = tempfile.mkdtemp(), tempfile.mkdtemp()
env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SITREP_DATA_DIR=data, SITREP_SETTINGS_DIR=conf)
subprocess.run(["dist/sitrep/sitrep", "--smoke-test"], env=env, check=True, stdout=sys.stderr)
start = time.perf_counter()
subprocess.run(["dist/sitrep/sitrep", "--smoke-test"], env=env, check=True, stdout=sys.stderr)
print(f"{time.perf_counter() - start:.2f}")
PY
)
echo "Second start (demo already built): ${SECOND} s"
