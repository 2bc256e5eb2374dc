#!/usr/bin/env bash
# Set up everything the tests need, then run the whole suite (ruff, then pytest).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
.venv/bin/ruff check src tests scripts
.venv/bin/python -m pytest "$@"
