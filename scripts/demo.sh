#!/usr/bin/env bash
# Install marsad in ./.venv and run the main job on the sample corpus it ships.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install -q -e . 2>&1 | grep -v "is ignored: it is neither a file nor a directory" || true
exec .venv/bin/marsad demo "$@"
