# shellcheck shell=bash
# Sourced by ../../portal, which sets the settings these functions read. Keycloak: install, the
# demo realm import, start; or an existing one (PORTICO_OIDC_PROVIDER_URL).

# ---------------------------------------------------------------- Keycloak

keycloak_ready() { curl -fs -o /dev/null --max-time 5 "$PORTICO_OIDC_PROVIDER_URL/.well-known/openid-configuration"; }

# Our own Keycloak copy per home: Keycloak writes its build and H2 database into its directory.
keycloak_prepare() {
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    say "installing Keycloak $KEYCLOAK_VERSION into $KC_HOME"
    mkdir -p "$PORTICO_HOME"
    rm -rf "$KC_HOME.tmp"
    cp -a "$KC_DIST" "$KC_HOME.tmp" && mv "$KC_HOME.tmp" "$KC_HOME"
  fi
  # Imported only when the realm does not exist yet (Keycloak skips existing realms).
  mkdir -p "$KC_HOME/data/import"
  cp "$REALM_JSON" "$KC_HOME/data/import/portico-realm.json"
}

keycloak_start() {
  if [ -n "$EXTERNAL_KEYCLOAK" ]; then
    keycloak_ready || die "Keycloak realm $PORTICO_OIDC_PROVIDER_URL (PORTICO_OIDC_PROVIDER_URL) is not reachable"
    say "using external Keycloak realm $PORTICO_OIDC_PROVIDER_URL"
    return 0
  fi
  local pid
  pid="$(service_pid keycloak)"
  if [ -n "$pid" ]; then
    say "Keycloak already running (pid $pid)"
  else
    require_free_port "$PORTICO_KEYCLOAK_PORT" PORTICO_KEYCLOAK_PORT
    require_free_port "$PORTICO_KEYCLOAK_MANAGEMENT_PORT" PORTICO_KEYCLOAK_MANAGEMENT_PORT
    keycloak_prepare
    say "starting Keycloak on port $PORTICO_KEYCLOAK_PORT (first start builds and imports: ~30 s)"
    KC_BOOTSTRAP_ADMIN_USERNAME="$PORTICO_KEYCLOAK_ADMIN" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="$PORTICO_KEYCLOAK_ADMIN_PASSWORD" \
      spawn keycloak "$LOGS/keycloak.log" "$KC_HOME/bin/kc.sh" start-dev \
        --http-port="$PORTICO_KEYCLOAK_PORT" \
        --http-management-port="$PORTICO_KEYCLOAK_MANAGEMENT_PORT" \
        --health-enabled=true --import-realm
  fi
  wait_for Keycloak "$KEYCLOAK_TIMEOUT" "$LOGS/keycloak.log" keycloak keycloak_ready
}
