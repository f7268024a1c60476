#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the register's test suite (issue 17), on a Unix socket in a temp
# dir, run as an unprivileged user (the server refuses root). Source it, then:
#   medrec_pg_start   # installs Debian's postgresql when missing; exports MEDREC_TEST_PG
#   medrec_pg_stop    # stops the cluster and removes the dir
# Nothing listens on TCP (listen_addresses=''); fsync is off: the data is thrown away.

medrec_pg_bindir() {
  local dir
  for dir in "$(pg_config --bindir 2>/dev/null)" /usr/lib/postgresql/*/bin; do
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  return 1
}

medrec_pg_start() {
  local bindir sudo="" user port
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo -n"
  if ! bindir="$(medrec_pg_bindir)"; then
    echo "installing postgresql for the register tests"
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql; } >/dev/null 2>&1 \
      || { echo "could not install postgresql: the register's PostgreSQL tests will fail"; return 1; }
    bindir="$(medrec_pg_bindir)" || { echo "postgresql installed but initdb not found"; return 1; }
  fi
  MEDREC_PG_DIR="$(mktemp -d /tmp/medrec-pg.XXXXXX)"
  export MEDREC_PG_DIR
  if [ "$(id -u)" -eq 0 ]; then
    user=medrecci
    id "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user" || return 1
    chown "$user" "$MEDREC_PG_DIR"
    MEDREC_PG_AS=(runuser -u "$user" --)
  else
    MEDREC_PG_AS=()
  fi
  port=$(( 40000 + RANDOM % 20000 ))
  "${MEDREC_PG_AS[@]}" "$bindir/initdb" -D "$MEDREC_PG_DIR/data" -A trust -U medrec --no-sync -E UTF8 >"$MEDREC_PG_DIR/initdb.log" 2>&1 \
    || { echo "initdb failed:"; tail -5 "$MEDREC_PG_DIR/initdb.log"; return 1; }
  "${MEDREC_PG_AS[@]}" "$bindir/pg_ctl" -D "$MEDREC_PG_DIR/data" -l "$MEDREC_PG_DIR/server.log" -w -t 60 \
    -o "-k $MEDREC_PG_DIR -p $port -c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off" start >/dev/null \
    || { echo "PostgreSQL did not start:"; tail -5 "$MEDREC_PG_DIR/server.log"; return 1; }
  MEDREC_PG_BINDIR="$bindir"
  export MEDREC_TEST_PG="postgres://medrec@${MEDREC_PG_DIR//\//%2F}:$port/postgres"
  echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') for the register tests on $MEDREC_PG_DIR (port $port)"
}

medrec_pg_stop() {
  [ -n "${MEDREC_PG_DIR:-}" ] || return 0
  [ -n "${MEDREC_PG_BINDIR:-}" ] && "${MEDREC_PG_AS[@]}" "$MEDREC_PG_BINDIR/pg_ctl" -D "$MEDREC_PG_DIR/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$MEDREC_PG_DIR"
  unset MEDREC_PG_DIR MEDREC_TEST_PG
}
