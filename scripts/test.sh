#!/usr/bin/env bash
# Set up and run every test: installs what the tests need (Python packages, newsboat, Chromium, Node
# packages), starts a throwaway PostgreSQL cluster for the run (stopped afterwards, also on failure),
# then runs pytest: every archive test runs on SQLite and on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
exec scripts/with-postgres.sh .venv/bin/python -m pytest "$@"
