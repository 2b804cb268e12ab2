#!/usr/bin/env bash
# A throwaway PostgreSQL for tests.
#
#   bash scripts/ensure-postgres.sh          start one; prints DATABASE_URL=... and PGDATA=...
#   bash scripts/ensure-postgres.sh --stop DIR   stop the one in DIR and delete it
#   bash scripts/ensure-postgres.sh --halt DIR   stop the one in DIR, keeping its data (an outage)
#   bash scripts/ensure-postgres.sh --resume DIR start a halted one again on its own port
#
# Installs Debian's postgresql when no server binaries are found (as root,
# with apt-get), creates a cluster in a new temporary directory, starts it on
# a free port on 127.0.0.1 (trust authentication, socket in the same
# directory), creates the database "consultations" and prints:
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:PORT/consultations
#   PGDATA=/tmp/pg-XXXXXX/data
#
# When it cannot, it prints the reason to stdout as "REASON=..." and exits 3.
# Progress goes to stderr.
set -uo pipefail

cannot() {
  echo "REASON=$*"
  exit 3
}
log() { echo "ensure-postgres: $*" >&2; }

find_bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return 0
    fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return 0
  fi
  return 1
}

# Runs a server binary as the cluster's owner: root may not run PostgreSQL.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [[ ${1:-} == "--stop" ]]; then
  data=${2:-}
  [[ -n $data && -f $data/PG_VERSION ]] || { echo "Usage: $0 --stop PGDATA" >&2; exit 1; }
  bindir=$(find_bindir) || { echo "pg_ctl not found" >&2; exit 1; }
  as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$(dirname "$data")"
  exit 0
fi

server_options() {
  echo "-p $1 -k $2 -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
}

if [[ ${1:-} == "--halt" || ${1:-} == "--resume" ]]; then
  data=${2:-}
  [[ -n $data && -f $data/PG_VERSION && -f $(dirname "$data")/port ]] || { echo "Usage: $0 $1 PGDATA" >&2; exit 1; }
  bindir=$(find_bindir) || { echo "pg_ctl not found" >&2; exit 1; }
  if [[ $1 == "--halt" ]]; then
    as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1
  else
    base=$(dirname "$data")
    as_owner "$bindir/pg_ctl" -D "$data" -l "$base/server.log" -w -t 30 -o "$(server_options "$(cat "$base/port")" "$base")" start >/dev/null 2>&1
  fi
  exit $?
fi

if ! bindir=$(find_bindir); then
  if [[ $(id -u) -ne 0 ]]; then
    cannot "PostgreSQL is not installed and installing it needs root (apt-get install -y postgresql)"
  fi
  command -v apt-get >/dev/null 2>&1 || cannot "PostgreSQL is not installed and there is no apt-get to install it"
  log "installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y --no-install-recommends postgresql >&2; then
    apt-get update >&2 || cannot "apt-get update failed"
    apt-get install -y --no-install-recommends postgresql >&2 || cannot "apt-get install postgresql failed"
  fi
  bindir=$(find_bindir) || cannot "postgresql was installed but initdb and pg_ctl were not found"
fi

if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || cannot "running as root, but there is no postgres user to run the server as"
  command -v runuser >/dev/null 2>&1 || cannot "running as root, but runuser is missing"
fi

base=$(mktemp -d "${TMPDIR:-/tmp}/pg-XXXXXX") || cannot "could not create a temporary directory"
data="$base/data"
if [[ $(id -u) -eq 0 ]]; then
  chown postgres: "$base" || cannot "could not give $base to the postgres user"
fi
chmod 700 "$base"

if ! as_owner "$bindir/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 &&
  ! { rm -rf "$data"; as_owner "$bindir/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$base/initdb.log" 2>&1; }; then
  reason=$(tail -n 3 "$base/initdb.log" | tr '\n' ' ')
  rm -rf "$base"
  cannot "initdb failed: $reason"
fi

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

started=""
for _ in 1 2 3 4 5 6 7 8; do
  port=$((20000 + RANDOM % 40000))
  port_free "$port" || continue
  if as_owner "$bindir/pg_ctl" -D "$data" -l "$base/server.log" -w -t 30 \
    -o "$(server_options "$port" "$base")" \
    start >/dev/null 2>&1; then
    started=$port
    # --resume starts it again on the same port, so a DATABASE_URL handed out stays valid.
    echo "$port" >"$base/port"
    break
  fi
done
if [[ -z $started ]]; then
  reason=$(tail -n 3 "$base/server.log" 2>/dev/null | tr '\n' ' ')
  rm -rf "$base"
  cannot "the server did not start: $reason"
fi

if ! as_owner "$bindir/psql" -h "$base" -p "$started" -U postgres -d postgres -qAt -c "create database consultations" >/dev/null 2>"$base/psql.log"; then
  reason=$(tr '\n' ' ' <"$base/psql.log")
  as_owner "$bindir/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1
  rm -rf "$base"
  cannot "could not create the database: $reason"
fi

log "PostgreSQL on port $started, data in $data"
echo "DATABASE_URL=postgres://postgres@127.0.0.1:$started/consultations"
echo "PGDATA=$data"
