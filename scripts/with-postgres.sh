#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL 15 cluster: initdb in a temporary folder (as the
# `postgres` user, since initdb refuses root), start it on a free port on 127.0.0.1, export
# FEEDS_TEST_POSTGRES_URL, run the command, and stop and delete the cluster afterwards, also when the
# command fails. Usage: scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail
PGBIN=${PGBIN:-}
if [ -z "$PGBIN" ]; then
    if command -v initdb >/dev/null 2>&1; then PGBIN=$(dirname "$(command -v initdb)")
    else PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1); fi
fi
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    echo "with-postgres: PostgreSQL server binaries (initdb, pg_ctl) not found" >&2
    exit 1
fi
RUNAS=()
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    RUNAS=(su postgres -s /bin/sh -c)
fi
run_pg() {
    if [ ${#RUNAS[@]} -gt 0 ]; then "${RUNAS[@]}" "$*"; else sh -c "$*"; fi
}
DIR=$(mktemp -d /tmp/feeds-pg.XXXXXX)
chmod 755 "$DIR"
[ ${#RUNAS[@]} -gt 0 ] && chown postgres "$DIR"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
cleanup() {
    run_pg "$PGBIN/pg_ctl -D $DIR/data -m immediate -w stop" >/dev/null 2>&1 || true
    rm -rf "$DIR"
}
trap cleanup EXIT INT TERM
run_pg "$PGBIN/initdb -D $DIR/data -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
run_pg "$PGBIN/pg_ctl -D $DIR/data -l $DIR/log -w -o '-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200' start" >/dev/null
PSQL=$(command -v psql || echo "$PGBIN/psql")
run_pg "$PSQL -h 127.0.0.1 -p $PORT -U postgres -d postgres -qc 'CREATE DATABASE feeds_test'" >/dev/null
export FEEDS_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/feeds_test"
echo "with-postgres: PostgreSQL on 127.0.0.1:$PORT (data in $DIR)" >&2
set +e
"$@"
status=$?
exit $status
