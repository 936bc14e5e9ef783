#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 on 127.0.0.1 for tests and CI (as root or as a normal user).
# Usage: scripts/pg-server.sh start DIR [PORT]   -> prints the DATABASE_URL to use
#        scripts/pg-server.sh replica DIR PORT PRIMARY_PORT
#            -> a streaming read replica (hot standby) of the server on PRIMARY_PORT; prints its URL
#        scripts/pg-server.sh stop DIR
set -euo pipefail
cmd=${1:?start|replica|stop}; dir=${2:?data directory}; port=${3:-5433}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "PostgreSQL server binaries not found. Install them with: apt-get install -y postgresql" >&2
  exit 1
fi
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    rm -rf "$dir"; mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q \
      -c "CREATE ROLE atlas LOGIN CREATEDB PASSWORD 'atlas'" -c "CREATE DATABASE atlas OWNER atlas" >/dev/null
    echo "postgresql://atlas:atlas@127.0.0.1:$port/atlas"
    ;;
  replica)
    primary=${4:?primary port}
    rm -rf "$dir"; mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    # A copy of the primary taken over its replication connection (-R writes the standby settings),
    # then started as a hot standby that streams the primary's changes and answers reads.
    as_pg "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary" -U postgres -D "$dir/data" -R -X stream --no-sync >/dev/null
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c hot_standby=on" start >/dev/null
    echo "postgresql://atlas:atlas@127.0.0.1:$port/atlas"
    ;;
  stop)
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  *) echo "usage: $0 start DIR [PORT] | replica DIR PORT PRIMARY_PORT | stop DIR" >&2; exit 2 ;;
esac
