#!/usr/bin/env bash
# Set up and run every test: installs what the tests need (Python packages, newsboat), then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
exec .venv/bin/python -m pytest "$@"
