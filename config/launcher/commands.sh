# shellcheck shell=bash
# Sourced by ../../portal, which sets the settings these functions read. The commands of ./portal
# (up, down, status, logs, seed, test-env, kill-wildfly, help).

# ---------------------------------------------------------------- commands

print_summary() {
  local kc="${PORTICO_OIDC_PROVIDER_URL%/realms/*}"
  cat <<EOF

Portico is up ($PORTICO_MODE).
  Start here        $PORTICO_PORTAL_URL/   (sends you to the portal your roles allow)
  Internal portal   $PORTICO_PORTAL_URL/internal/
  External portal   $PORTICO_PORTAL_URL/external/
  Keycloak admin    $kc/admin/master/console/#/portico   ($PORTICO_KEYCLOAK_ADMIN)
  Database          $PORTICO_DB_URL   ($PORTICO_DB_USER)
  Logs              ./portal logs [wildfly|keycloak|mariadb]
EOF
  if is_production; then
    cat <<EOF

No demo users: create your administrators in Keycloak and grant them portal-admin
(docs/security.md, "Production checklist").
EOF
    return 0
  fi
  cat <<EOF

Demo logins (password = user name, demo realm only; Keycloak admin: admin / admin):
  user     role                            portal
  alice    sales-rep                       internal
  frank    sales-manager, partner-support  internal ("View as partner": a partner's portal, read-only)
  bob      service-agent                   internal
  carol    hr-manager                      internal
  dave     finance                         internal
  erin     warehouse                       internal
  ada      portal-admin                    internal
  zara     portal-admin (second approver)  internal
  audrey   auditor (read-only)             internal
  dina     Northwind: partner-admin, buyer, order-approver   external
  nick     Northwind: buyer (1 000 EUR limit)                external
  dan      Southwind: partner-admin, buyer, order-approver   external
  sam      Acme Components: supplier-admin                   external
  tess     Acme Components: supplier                         external
EOF
}

cmd_up() {
  production_checks
  need_command java "install a Java 17 JDK"
  need_command mvn "install Maven 3.8+"
  build_ear
  fetch_dists
  mariadb_start
  keycloak_start
  if [ -n "$(service_pid wildfly)" ]; then
    say "WildFly already running (pid $(service_pid wildfly))"
    local sum_file="$WF_HOME/.portico-cli.sha256"
    if [ "$(wildfly_config_sum)" != "$(cat "$sum_file" 2>/dev/null)" ]; then
      say "note: config/wildfly changed — run './portal down && ./portal up' to apply it"
    fi
    wildfly_stage_ear
  else
    wildfly_prepare
    wildfly_stage_ear
    wildfly_start_demo
  fi
  wait_for "WildFly (deploying portico.ear)" "$WILDFLY_TIMEOUT" "$LOGS/wildfly.log" wildfly ear_deployed
  wait_for "WildFly (portal $PORTICO_PORTAL_URL/internal/)" "$WILDFLY_TIMEOUT" "$LOGS/wildfly.log" wildfly portal_ready
  print_summary
}

cmd_down() {
  stop_service wildfly
  stop_service keycloak
  stop_service mariadb
  say "stopped"
}

status_line() {  # $1 service, $2 port, $3 "external" description or ""
  local pid
  pid="$(service_pid "$1")"
  if [ -n "$pid" ]; then
    printf '%-9s running (pid %s, port %s)\n' "$1" "$pid" "$2"
  elif [ -n "$3" ]; then
    printf '%-9s external (%s)\n' "$1" "$3"
  else
    printf '%-9s stopped\n' "$1"
  fi
}

cmd_status() {
  status_line mariadb "$PORTICO_DB_PORT" "${EXTERNAL_DB:+$PORTICO_DB_URL}"
  status_line keycloak "$PORTICO_KEYCLOAK_PORT" "${EXTERNAL_KEYCLOAK:+$PORTICO_OIDC_PROVIDER_URL}"
  status_line wildfly "$PORTICO_HTTP_PORT" ""
}

cmd_logs() {
  case "${1:-}" in
    "")
      for s in wildfly keycloak mariadb; do printf '%-9s %s\n' "$s" "$LOGS/$s.log"; done ;;
    wildfly|keycloak|mariadb)
      [ -f "$LOGS/$1.log" ] || die "no log yet: $LOGS/$1.log"
      exec tail -n 100 -F "$LOGS/$1.log" ;;
    *) die "unknown log '$1' (wildfly, keycloak or mariadb)" ;;
  esac
}

# For "mvn verify": fresh MariaDB and Keycloak, a configured WildFly that Arquillian starts itself.
cmd_test_env_up() {
  need_command java "install a Java 17 JDK"
  say "test environment in $PORTICO_HOME"
  fetch_dists
  if [ -z "$EXTERNAL_DB" ]; then
    stop_service mariadb
    rm -rf "$DB_DATA"           # fresh database for every test run
  fi
  mariadb_start
  if [ -z "$EXTERNAL_KEYCLOAK" ]; then
    stop_service keycloak
    rm -rf "$KC_HOME/data"      # fresh realm import for every test run
  fi
  keycloak_start
  # Arquillian binds these (port offset); fail now rather than in the middle of the tests.
  require_free_port "$PORTICO_HTTP_PORT" PORTICO_HTTP_PORT
  require_free_port "$PORTICO_MANAGEMENT_PORT" PORTICO_MANAGEMENT_PORT
  # Fresh standalone/ (no leftover deployments or messages), modules kept.
  if [ -d "$WF_HOME" ]; then
    rm -rf "$WF_HOME/standalone" "$WF_HOME/.portico-cli.sha256"
    cp -a "$WF_DIST/standalone" "$WF_HOME/standalone"
  fi
  wildfly_prepare
  say "test environment ready: MariaDB :$PORTICO_DB_PORT, Keycloak :$PORTICO_KEYCLOAK_PORT, WildFly at $WF_HOME (not started)"
}

# Crash drill: SIGKILL the WildFly JVM, as a power cut or the kernel's OOM killer would. No
# shutdown hook runs: the transaction log, the Artemis journal and MariaDB's prepared XA
# transactions stay as they were at that instant, for recovery to sort out at the next start.
cmd_kill_wildfly() {
  local pid waited=0
  pid="$(wildfly_jvm_pid)"
  [ -n "$pid" ] || die "no WildFly runs for $WF_HOME"
  say "killing WildFly (JVM pid $pid) with SIGKILL"
  kill -KILL "$pid"
  # A JVM's main thread may show as a zombie while its other threads still exit holding the
  # sockets: gone means no process and both ports closed.
  while [ -n "$(wildfly_jvm_pid)" ] || port_open 127.0.0.1 "$PORTICO_HTTP_PORT" \
        || port_open 127.0.0.1 "$PORTICO_MANAGEMENT_PORT"; do
    [ "$waited" -ge 100 ] && die "WildFly (pid $pid) still runs 10 s after SIGKILL"
    sleep 0.1
    waited=$((waited + 1))
  done
}

# The test stack's WildFly, started the way Arquillian starts it (arquillian.xml: heap, UTC,
# port offset), for a test that killed it: its deployments come back from the configuration,
# and "test-env down" stops it like any service of ours.
cmd_test_env_start_wildfly() {
  [ -z "$(wildfly_jvm_pid)" ] || die "WildFly already runs for $WF_HOME"
  [ -x "$WF_HOME/bin/standalone.sh" ] || die "no test WildFly in $WF_HOME — run ./portal test-env up first"
  export JBOSS_JAVA_SIZING="-Xms256m -Xmx1g"
  wildfly_start -Djboss.socket.binding.port-offset="$PORTICO_WILDFLY_OFFSET"
  wait_for "WildFly (portal $PORTICO_PORTAL_URL/internal/)" "$WILDFLY_TIMEOUT" "$LOGS/wildfly.log" wildfly portal_ready
  say "WildFly is serving again"
}

cmd_test_env_down() {
  stop_service wildfly
  stop_service keycloak
  stop_service mariadb
  say "test environment stopped"
}

cmd_help() {
  cat <<'EOF'
Usage: ./portal COMMAND

  up [--production]  build the EAR if needed, start MariaDB, Keycloak and WildFly, deploy Portico;
                     --production (or PORTICO_MODE=production): no demo users, data or secrets
  down               stop what "up" started (WildFly, Keycloak, MariaDB); data is kept
  status             one line per service
  seed [--accounts N] [--orders M] [--crm] [--hr N] [--pipeline N]
                     add generated accounts and ERP orders (load and benchmark runs);
                     --crm: the seeded orders' quotes and timelines, contacts, interactions, tickets
  logs [SERVICE]     follow the log of wildfly|keycloak|mariadb; without SERVICE list the log files
  test-env up|down   fresh MariaDB + Keycloak and a configured (not started) WildFly, for mvn verify
  test-env start-wildfly
                     start the test WildFly as Arquillian does (after kill-wildfly) and wait for it
  kill-wildfly       crash drill: SIGKILL the WildFly JVM of this home (./portal up starts it again)
  help               this text

Environment (all optional in the demo; the secrets are required in production):
  PORTICO_MODE                      demo (default) or production (docs/security.md, production checklist)
  PORTICO_HOME                      state directory (default ./.portico)
  PORTICO_HTTP_PORT                 WildFly HTTP port (8080)
  PORTICO_MANAGEMENT_PORT           WildFly management port (9990)
  PORTICO_KEYCLOAK_PORT             Keycloak HTTP port (8180)
  PORTICO_KEYCLOAK_MANAGEMENT_PORT  Keycloak management/health port (9000)
  PORTICO_DB_PORT                   embedded MariaDB port (3307)
  PORTICO_WILDFLY_OFFSET            test-env start-wildfly: the port offset Arquillian uses (0)
  PORTICO_DB_URL / _USER / _PASSWORD  use this existing database instead of the embedded one
  PORTICO_OIDC_PROVIDER_URL         use this existing Keycloak realm instead of starting one
  PORTICO_KEYCLOAK_ADMIN / _PASSWORD  Keycloak bootstrap admin (admin / admin)
  PORTICO_PORTAL_URL                public URL of the portal (http://localhost:$PORTICO_HTTP_PORT)
  PORTICO_INTERNAL_CLIENT_SECRET    secret of the portico-internal client (Keycloak and WildFly; demo default)
  PORTICO_EXTERNAL_CLIENT_SECRET    secret of the portico-external client (demo default)
  PORTICO_ADMIN_CLIENT_SECRET       secret of portico-admin, Portico's Keycloak administration account (demo default)
  PORTICO_BROKER_CRM_PASSWORD, PORTICO_BROKER_ERP_PASSWORD, PORTICO_BROKER_OPS_PASSWORD,
  PORTICO_BROKER_RECOVERY_PASSWORD  broker passwords of crm-side, erp-side, integration-ops, xa-recovery (demo defaults)
  PORTICO_BROKER_REMOTE             true: let clients outside WildFly reach the broker (false)
  PORTICO_LEDGER_KEY                key that signs the grant ledger's checkpoints (demo default)
  PORTICO_API_WRITES_PER_MINUTE     API writes per user and minute before 429 (60)
EOF
}

# ./portal seed --accounts N --orders M: generated data for load and benchmark runs, straight
# into the database (embedded or PORTICO_DB_URL) with the MariaDB client of the fetched
# distribution. Orders go to the accounts that exist (seeded or not), so seed accounts first.
cmd_seed() {
  local accounts=0 orders=0 crm=0 hr=0 pipeline=0
  while [ $# -gt 0 ]; do
    case "$1" in
      --accounts) accounts="${2:-}"; shift 2 ;;
      --orders)   orders="${2:-}"; shift 2 ;;
      --crm)      crm=1; shift ;;
      --hr)       hr="${2:-}"; shift 2 ;;
      --pipeline) pipeline="${2:-}"; shift 2 ;;
      *) die "usage: ./portal seed [--accounts N] [--orders M] [--crm] [--hr N] [--pipeline N]" ;;
    esac
  done
  [[ "$accounts" =~ ^[0-9]+$ && "$orders" =~ ^[0-9]+$ && "$hr" =~ ^[0-9]+$ && "$pipeline" =~ ^[0-9]+$ ]] &&
    [ $((accounts + orders + crm + hr + pipeline)) -gt 0 ] ||
    die "usage: ./portal seed [--accounts N] [--orders M] [--crm] [--hr N] [--pipeline N] (whole numbers, at least one above 0)"
  [ -x "$MDB_BASE/bin/mariadb" ] || die "no MariaDB client yet — run ./portal up first"
  local host port
  read -r host port <<<"$(jdbc_host_port "$PORTICO_DB_URL")"
  port_open "$host" "$port" || die "database $host:$port is not reachable — is the stack up (./portal status)?"
  if [ "$accounts" -gt 0 ]; then seed_sql "accounts" "$accounts" "$host" "$port"; fi
  if [ "$orders" -gt 0 ]; then seed_sql "orders" "$orders" "$host" "$port"; fi
  if [ "$crm" -gt 0 ]; then seed_sql "crm" 1 "$host" "$port"; fi
  if [ "$hr" -gt 0 ]; then seed_sql "hr" "$hr" "$host" "$port"; fi
  if [ "$pipeline" -gt 0 ]; then seed_sql "pipeline" "$pipeline" "$host" "$port"; fi
}

seed_sql() {
  local what="$1" count="$2" host="$3" port="$4" started=$SECONDS
  say "seeding $count $what into $PORTICO_DB_URL"
  { echo "SET @$what = $count;"; cat "$ROOT/config/seed/$what.sql"; } |
    "$MDB_BASE/bin/mariadb" --no-defaults --skip-ssl --host="$host" --port="$port" \
        --user="$PORTICO_DB_USER" --password="$PORTICO_DB_PASSWORD" portico ||
    die "seeding $what failed"
  say "seeded $what in $((SECONDS - started)) s"
}
