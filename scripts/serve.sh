#!/usr/bin/env bash
# Set up and run the service on the embedded default: SQLite, the shipped sources/, config.toml.
# Feeds at http://127.0.0.1:8000 (ingestion runs at start-up and then on the schedule).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export FEEDS_CONFIG="${FEEDS_CONFIG:-$PWD/config.toml}"
.venv/bin/feeds check
exec .venv/bin/feeds serve "$@"
