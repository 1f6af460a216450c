#!/usr/bin/env bash
# Set up and run every test: installs what the tests need (Python packages, newsboat, Chromium, Node
# packages), starts a throwaway PostgreSQL cluster for the run (stopped afterwards, also on failure),
# then runs pytest on two worker processes (pytest-xdist; tests sharing an expensive module fixture stay on
# one worker, see `xdist_group` in the tests): every archive test runs on SQLite and on PostgreSQL.
# Extra arguments go to pytest after these; `-n 0` runs in this process alone (e.g. scripts/test.sh -n 0 tests/test_x.py).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
exec scripts/with-postgres.sh .venv/bin/python -m pytest -n 2 --dist loadgroup "$@"
