#!/usr/bin/env bash
# Build the onedir bundle in dist/sitrep/ and smoke-test it (opens the demo project offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/sitrep.spec
echo "Bundle: dist/sitrep ($(du -sh dist/sitrep | cut -f1))"
start=$(date +%s.%N)
QT_QPA_PLATFORM=offscreen SITREP_DATA_DIR="$(mktemp -d)" SITREP_SETTINGS_DIR="$(mktemp -d)" \
    dist/sitrep/sitrep --smoke-test
end=$(date +%s.%N)
printf 'Smoke test passed in %.2f s\n' "$(echo "$end - $start" | bc -l 2>/dev/null || python3 -c "print($end-$start)")"
