#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the test suite and export HEUER_TEST_PG_URL.
# Sourced by scripts/test.sh. Installs Debian's postgresql when it is missing (as root),
# runs the server as the 'postgres' user when called as root, and stops it when the shell exits.
# Does nothing when HEUER_TEST_PG_URL is already set (use your own throwaway database then).

start_test_postgres() {
  if [ -n "${HEUER_TEST_PG_URL:-}" ]; then
    return 0
  fi
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing PostgreSQL (Debian package) for the tests" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null 2>&1 || {
      apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null 2>&1
    }
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  fi
  if [ -z "$bin" ]; then
    echo "PostgreSQL is not installed and cannot be installed here: its store tests will be skipped" >&2
    return 0
  fi
  local run=()
  HEUER_PG_DATA=$(mktemp -d /tmp/heuer-test-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$HEUER_PG_DATA"
    run=(runuser -u postgres --)
  fi
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${run[@]}" "$bin/initdb" -D "$HEUER_PG_DATA/data" -A trust -U heuer >/dev/null
  "${run[@]}" "$bin/pg_ctl" -D "$HEUER_PG_DATA/data" -l "$HEUER_PG_DATA/data/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $HEUER_PG_DATA/data -c fsync=off" start >/dev/null
  HEUER_PG_STOP=("${run[@]}" "$bin/pg_ctl" -D "$HEUER_PG_DATA/data" -m fast -w stop)
  trap 'stop_test_postgres' EXIT
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U heuer heuer_test
  export HEUER_TEST_PG_URL="postgresql+psycopg://heuer@127.0.0.1:$port/heuer_test"
  echo "PostgreSQL for the tests on 127.0.0.1:$port" >&2
}

stop_test_postgres() {
  if [ -n "${HEUER_PG_STOP:-}" ]; then
    "${HEUER_PG_STOP[@]}" >/dev/null 2>&1 || true
    rm -rf "$HEUER_PG_DATA"
  fi
}
