#!/usr/bin/env bash
# Set up the project on a fresh machine: a virtual environment in .venv with the package installed.
# Usage: scripts/setup.sh [--test]   (--test also installs test tools: Python extras and Debian packages)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
if [ "${1:-}" = "--test" ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
    need=()
    command -v newsboat >/dev/null 2>&1 || need+=(newsboat)
    command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
    [ -x /usr/bin/chromium ] || need+=(chromium)     # browser tests drive Debian's Chromium (never a downloaded one)
    # every store test also runs on a throwaway PostgreSQL cluster (scripts/with-postgres.sh)
    command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
    if [ ${#need[@]} -gt 0 ]; then
        SUDO=""
        [ "$(id -u)" -eq 0 ] || SUDO="sudo"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
    fi
    # axe-core (pinned) for the accessibility checks of the browser tests: injected into pages by Playwright
    # feedsmith (pinned) is the JSON Feed reader of tests/test_jsonfeed.py, run with the machine's Node.js
    if [ ! -f tests/js/node_modules/axe-core/axe.min.js ] || [ ! -f tests/js/node_modules/feedsmith/package.json ]; then
        npm install --prefix tests/js --no-audit --no-fund --silent >/dev/null
    fi
else
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
fi
