# shellcheck shell=bash
# Sourced by ../../portal, which sets the settings these functions read. Helpers every part of the
# launcher uses: messages, ports, PID files, starting, waiting for and stopping a service, JDBC
# URLs.

# ---------------------------------------------------------------- helpers

say()  { echo "[portal] $*"; }
die()  { echo "[portal] ERROR: $*" >&2; exit 1; }

need_command() {  # $1 command, $2 hint
  command -v "$1" >/dev/null 2>&1 || die "'$1' not found on PATH — $2"
}

# True if something accepts TCP connections on host:port (bash /dev/tcp, 2 s max).
port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" >/dev/null 2>&1; }

# Refuse to start when a port we are about to bind is taken.
require_free_port() {  # $1 port, $2 env var that sets it
  if port_open 127.0.0.1 "$1"; then
    die "port $1 is already in use — stop whatever uses it or set $2 to another port"
  fi
}

pid_file() { echo "$RUN/$1.pid"; }

# Each service is matched on its command line too, so a recycled pid is never mistaken for ours.
service_marker() {
  case "$1" in
    mariadb)  echo "$DB_DATA" ;;
    keycloak) echo "$KC_HOME" ;;
    wildfly)  echo "$WF_HOME" ;;
  esac
}

# Print the pid of a running service we started, or nothing.
service_pid() {
  local file pid
  file="$(pid_file "$1")"
  [ -f "$file" ] || return 0
  pid="$(cat "$file")"
  [ -n "$pid" ] || return 0
  # Any process of the session we started (setsid: session id = pid) still runs our command?
  if ps -o args= -s "$pid" 2>/dev/null | grep -qF "$(service_marker "$1")"; then
    echo "$pid"
  fi
}

# Start a command in its own session (setsid), so "down" can stop it with the java child it spawns.
spawn() {  # $1 service name, $2 log file, rest: command
  local name="$1" log="$2"
  shift 2
  mkdir -p "$RUN" "$LOGS"
  echo "----- $(date '+%F %T') portal: starting $name" >>"$log"
  rm -f "$(pid_file "$name")"
  # The pid is written from inside the new session ($$ = session id), whether or not setsid forked.
  setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$(pid_file "$name")" "$@" >>"$log" 2>&1 </dev/null &
  local i
  for i in 1 2 3 4 5 6 7 8 9 10; do [ -s "$(pid_file "$name")" ] && return 0; sleep 0.2; done
  die "could not start $name — see $log"
}

# Poll a check function until it succeeds; on timeout or a dead process, fail pointing at the log.
wait_for() {  # $1 label, $2 timeout, $3 log, $4 service (or ""), rest: check command
  local label="$1" limit="$2" log="$3" service="$4" waited=0
  shift 4
  while ! "$@"; do
    if [ -n "$service" ] && [ -z "$(service_pid "$service")" ]; then
      die "$label failed to start (process exited) — see $log"
    fi
    if [ "$waited" -ge "$limit" ]; then
      die "$label failed to start within ${limit}s — see $log"
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

# TERM the whole session, wait, then KILL what is left; remove the pid file.
stop_service() {  # $1 service name
  local name="$1" pid waited=0
  pid="$(service_pid "$name")"
  if [ -z "$pid" ]; then
    rm -f "$(pid_file "$name")"
    return 0
  fi
  say "stopping $name (pid $pid)"
  pkill -TERM -s "$pid" 2>/dev/null || true
  while pgrep -s "$pid" >/dev/null 2>&1; do
    if [ "$waited" -ge "$STOP_TIMEOUT" ]; then
      say "$name did not stop within ${STOP_TIMEOUT}s — killing it"
      pkill -KILL -s "$pid" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done
  if pgrep -s "$pid" >/dev/null 2>&1; then
    die "could not stop $name: processes left in session $pid"
  fi
  rm -f "$(pid_file "$name")"
}

# Host and port of a jdbc:mariadb:// or jdbc:mysql:// URL ("host port").
jdbc_host_port() {
  local rest="${1#jdbc:mariadb://}"
  rest="${rest#jdbc:mysql://}"
  rest="${rest%%/*}"; rest="${rest%%,*}"; rest="${rest%%\?*}"
  rest="${rest##*@}"
  local host="${rest%%:*}" port=3306
  [ "$rest" != "$host" ] && port="${rest##*:}"
  echo "$host $port"
}
