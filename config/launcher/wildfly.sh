# shellcheck shell=bash
# Sourced by ../../portal, which sets the settings these functions read. WildFly: install, the
# MariaDB driver and EclipseLink modules, config/wildfly/portico.cli, broker users, start, deploy.

# ---------------------------------------------------------------- WildFly

jboss_cli() { JAVA_OPTS="-Xmx256m" "$WF_HOME/bin/jboss-cli.sh" "$@"; }

# Our own WildFly copy per home: configuration, modules and deployments are per stack.
wildfly_install() {
  [ -x "$WF_HOME/bin/standalone.sh" ] && return 0
  say "installing WildFly $WILDFLY_VERSION into $WF_HOME"
  mkdir -p "$PORTICO_HOME"
  rm -rf "$WF_HOME.tmp"
  cp -a "$WF_DIST" "$WF_HOME.tmp" && mv "$WF_HOME.tmp" "$WF_HOME"
}

# MariaDB JDBC driver as module org.mariadb.jdbc (the datasource refers to it by name).
wildfly_install_driver() {
  local dir="$WF_HOME/modules/org/mariadb/jdbc/main"
  if [ ! -f "$dir/module.xml" ]; then
    say "adding module org.mariadb.jdbc"
    jboss_cli --command="module add --name=org.mariadb.jdbc \
--resources=$DIST/modules/mariadb-java-client.jar \
--dependencies=java.sql,java.naming,java.management,java.security.jgss,jdk.net,java.transaction.xa" \
      >/dev/null || die "adding module org.mariadb.jdbc failed"
  elif ! cmp -s "$DIST/modules/mariadb-java-client.jar" "$dir/mariadb-java-client.jar"; then
    cp "$DIST/modules/mariadb-java-client.jar" "$dir/mariadb-java-client.jar"   # new driver version
  fi
}

# EclipseLink into WildFly's existing (Hibernate-less) module org.eclipse.persistence.
wildfly_install_eclipselink() {
  local dir="$WF_HOME/modules/system/layers/base/org/eclipse/persistence/main"
  cmp -s "$DIST/modules/eclipselink.jar" "$dir/eclipselink.jar" \
    || cp "$DIST/modules/eclipselink.jar" "$dir/eclipselink.jar"
  cmp -s "$ROOT/config/wildfly/eclipselink-module.xml" "$dir/module.xml" \
    || cp "$ROOT/config/wildfly/eclipselink-module.xml" "$dir/module.xml"
}

# Apply config/wildfly/portico.cli offline, again whenever the file changed.
# The broker's acceptors follow PORTICO_BROKER_REMOTE: config/wildfly/broker-{local,remote}.cli.
wildfly_broker_cli() {
  if [ "$PORTICO_BROKER_REMOTE" = true ]; then echo "$ROOT/config/wildfly/broker-remote.cli"; else echo "$ROOT/config/wildfly/broker-local.cli"; fi
}

# What the configured server was configured from: both CLI scripts, as one hash.
wildfly_config_sum() { cat "$PORTICO_CLI" "$(wildfly_broker_cli)" | sha256sum | cut -d' ' -f1; }

wildfly_configure() {
  local sum_file="$WF_HOME/.portico-cli.sha256" sum broker
  broker="$(wildfly_broker_cli)"
  sum="$(wildfly_config_sum)"
  [ -f "$sum_file" ] && [ "$(cat "$sum_file")" = "$sum" ] && return 0
  say "configuring WildFly (config/wildfly/portico.cli, $(basename "$broker"))"
  mkdir -p "$LOGS"
  jboss_cli --file="$PORTICO_CLI" >>"$LOGS/wildfly-cli.log" 2>&1 \
    || die "WildFly configuration failed — see $LOGS/wildfly-cli.log"
  jboss_cli --file="$broker" >>"$LOGS/wildfly-cli.log" 2>&1 \
    || die "WildFly broker configuration failed — see $LOGS/wildfly-cli.log"
  echo "$sum" >"$sum_file"
}

# The broker's users for the Elytron realm of portico.cli (6), rewritten on every start so a changed
# PORTICO_BROKER_*_PASSWORD takes effect: digest HEX(MD5(user:realm:password)), roles = user names.
wildfly_broker_users() {
  local dir="$WF_HOME/standalone/configuration" entry user
  (
    umask 077
    {
      echo '#$REALM_NAME=PorticoBroker$'
      for entry in "crm-side:$PORTICO_BROKER_CRM_PASSWORD" "erp-side:$PORTICO_BROKER_ERP_PASSWORD" \
                   "integration-ops:$PORTICO_BROKER_OPS_PASSWORD" "xa-recovery:$PORTICO_BROKER_RECOVERY_PASSWORD"; do
        user="${entry%%:*}"
        printf '%s=%s\n' "$user" "$(printf '%s:PorticoBroker:%s' "$user" "${entry#*:}" | md5sum | cut -d' ' -f1)"
      done
    } >"$dir/portico-broker-users.properties"
    # xa-recovery has no role: it may log in (transaction recovery) and do nothing else.
    printf 'crm-side=crm-side\nerp-side=erp-side\nintegration-ops=integration-ops\n' >"$dir/portico-broker-roles.properties"
  )
}

wildfly_prepare() {
  wildfly_install
  wildfly_install_driver
  wildfly_install_eclipselink
  wildfly_broker_users
  wildfly_configure
}

wildfly_start() {  # rest: more standalone.sh arguments (ports)
  require_free_port "$PORTICO_HTTP_PORT" PORTICO_HTTP_PORT
  require_free_port "$PORTICO_MANAGEMENT_PORT" PORTICO_MANAGEMENT_PORT
  say "starting WildFly on port $PORTICO_HTTP_PORT"
  # UTC: the grant ledger hashes timestamps, which must read back exactly as they were written.
  spawn wildfly "$LOGS/wildfly.log" "$WF_HOME/bin/standalone.sh" -c standalone-full.xml \
      -Duser.timezone=UTC "$@"
}

wildfly_start_demo() {
  wildfly_start -Djboss.http.port="$PORTICO_HTTP_PORT" -Djboss.management.http.port="$PORTICO_MANAGEMENT_PORT"
}

# The WildFly JVM of this home, whoever started it (this launcher, or Arquillian for the tests):
# the JVM's command line names the home, the standalone.sh wrapper's does not.
wildfly_jvm_pid() {
  local pid
  for pid in $(pgrep -f -- "-Djboss.home.dir=$WF_HOME( |\$)" || true); do
    # A killed JVM that its parent has not reaped yet is a zombie: gone for our purposes.
    case "$(ps -o stat= -p "$pid" 2>/dev/null)" in Z*|"") ;; *) echo "$pid"; return 0 ;; esac
  done
}

DEPLOYED="$WF_HOME/standalone/deployments/portico.ear"

# Copy the EAR into the scanner directory only when it differs (a copy triggers a redeploy).
wildfly_stage_ear() {
  mkdir -p "$RUN"
  touch "$RUN/deploy.stamp"
  if ! cmp -s "$EAR" "$DEPLOYED"; then
    say "deploying $EAR"
    cp "$EAR" "$DEPLOYED.tmp" && mv "$DEPLOYED.tmp" "$DEPLOYED"
    rm -f "$DEPLOYED.failed"
  elif [ -f "$DEPLOYED.failed" ] && [ -z "$(service_pid wildfly)" ]; then
    rm -f "$DEPLOYED.failed"   # unchanged but failed last time: let the scanner retry
  fi
}

deploy_failed() { [ -f "$DEPLOYED.failed" ] && [ "$DEPLOYED.failed" -nt "$RUN/deploy.stamp" ]; }

# The scanner stamps .deployed with the EAR's own mtime (in ms): a marker from the same second
# or later means this EAR is deployed. A fresh .failed marker stops the wait at once.
ear_deployed() {
  deploy_failed && die "deploying portico.ear failed — see $LOGS/wildfly.log"
  [ -f "$DEPLOYED.deployed" ] \
    && [ "$(stat -c %Y "$DEPLOYED.deployed")" -ge "$(stat -c %Y "$DEPLOYED")" ]
}

# The portal answers: anything but "nothing", 404 (not deployed yet) or 503 (starting).
portal_ready() {
  deploy_failed && die "deploying portico.ear failed — see $LOGS/wildfly.log"
  local code
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$PORTICO_PORTAL_URL/internal/" || true)"
  case "$code" in 000|404|503) return 1 ;; *) return 0 ;; esac
}
