#!/usr/bin/env bash
# Install everything the test suite needs (Python packages, a throwaway PostgreSQL server on
# 127.0.0.1) and run it. README and .ci/run both call this.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
.venv/bin/ruff check src tests bench
source scripts/test_postgres.sh
start_test_postgres
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
