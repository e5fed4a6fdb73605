# shellcheck shell=bash
# Sourced by ../../portal, which sets the settings these functions read. The embedded MariaDB:
# install, start, the portico schema and user; or a check of an existing one (PORTICO_DB_URL).

# ---------------------------------------------------------------- MariaDB

# Root over the unix socket; --skip-ssl because the 11.4 client otherwise insists on TLS.
mariadb_client() { "$MDB_BASE/bin/mariadb" --no-defaults --skip-ssl --user=root --socket="$DB_SOCKET" "$@"; }
mariadb_ready()  { mariadb_client -e 'SELECT 1' >/dev/null 2>&1; }

# Root check: mariadbd refuses to run as root unless told --user=root.
mariadb_user_option() { [ "$(id -u)" -eq 0 ] && echo "--user=root" || true; }

# Create the data dir once (system tables only); later starts reuse it.
mariadb_install() {
  [ -d "$DB_DATA/mysql" ] && return 0
  say "creating MariaDB data dir $DB_DATA"
  mkdir -p "$DB_DATA" "$LOGS"
  "$MDB_BASE/scripts/mariadb-install-db" --no-defaults --basedir="$MDB_BASE" --datadir="$DB_DATA" \
      $(mariadb_user_option) --auth-root-authentication-method=normal --skip-test-db --force \
      >>"$LOGS/mariadb.log" 2>&1 || die "MariaDB data dir creation failed — see $LOGS/mariadb.log"
}

# Database and application user; idempotent, so it also repairs a half-finished first start.
# The user may connect from this host only (the server listens on 127.0.0.1 anyway), with
# PORTICO_DB_PASSWORD, which a restart with a new one also applies.
mariadb_create_schema() {
  local user="${PORTICO_DB_USER//\'/\'\'}" password="${PORTICO_DB_PASSWORD//\'/\'\'}" host
  {
    echo "CREATE DATABASE IF NOT EXISTS portico CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    echo "DROP USER IF EXISTS '$user'@'%';"
    for host in localhost 127.0.0.1; do
      echo "CREATE USER IF NOT EXISTS '$user'@'$host' IDENTIFIED BY '$password';"
      echo "ALTER USER '$user'@'$host' IDENTIFIED BY '$password';"
      echo "GRANT ALL ON portico.* TO '$user'@'$host';"
    done
  } | mariadb_client || die "creating database/user $PORTICO_DB_USER failed — see $LOGS/mariadb.log"
}

# An external database (PORTICO_DB_URL given) must answer before we go on.
mariadb_check_external() {
  local host port
  read -r host port <<<"$(jdbc_host_port "$PORTICO_DB_URL")"
  port_open "$host" "$port" || die "database $host:$port (PORTICO_DB_URL) is not reachable"
  say "using external database $PORTICO_DB_URL"
}

mariadb_start() {
  if [ -n "$EXTERNAL_DB" ]; then mariadb_check_external; return 0; fi
  local pid
  pid="$(service_pid mariadb)"
  if [ -n "$pid" ]; then
    say "MariaDB already running (pid $pid)"
  else
    require_free_port "$PORTICO_DB_PORT" PORTICO_DB_PORT
    mariadb_install
    say "starting MariaDB on port $PORTICO_DB_PORT"
    rm -f "$DB_SOCKET"
    spawn mariadb "$LOGS/mariadb.log" "$MDB_BASE/bin/mariadbd" --no-defaults \
        --basedir="$MDB_BASE" --datadir="$DB_DATA" --port="$PORTICO_DB_PORT" \
        --bind-address=127.0.0.1 --socket="$DB_SOCKET" --pid-file="$RUN/mariadbd.pid" \
        $(mariadb_user_option) --skip-ssl --innodb-print-all-deadlocks=ON   # every deadlock, in full, in mariadb.log
  fi
  wait_for MariaDB "$DB_TIMEOUT" "$LOGS/mariadb.log" mariadb mariadb_ready
  mariadb_create_schema
}
