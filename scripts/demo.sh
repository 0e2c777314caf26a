#!/usr/bin/env bash
# Install heuer and run its main job on the bundled exercise corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
mkdir -p out
.venv/bin/heuer demo --db out/demo.db --out out
