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
  # Keycloak imports a realm only once, so a demo realm older than config/keycloak (before the
  # realm/overlay split: no marker; or before the roles and personas of a later version) would
  # lack what the portals now expect: the demo starts that Keycloak afresh instead.
  if ! is_production && [ -d "$KC_HOME/data/h2" ] \
      && [ "$(cat "$KC_HOME/data/portico-demo.applied" 2>/dev/null)" != "$DEMO_REALM_VERSION" ]; then
    say "the demo realm predates config/keycloak version $DEMO_REALM_VERSION: importing it afresh (removing $KC_HOME/data)"
    rm -rf "$KC_HOME/data"
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
    # Loopback only, in both modes: the portals reach it on this host, browsers through the
    # portal's address (put a TLS proxy in front for other hosts, see docs/security.md).
    local mode=(start-dev)
    if is_production; then
      mode=(start --hostname="${PORTICO_OIDC_PROVIDER_URL%/realms/*}" --http-enabled=true)
    fi
    say "starting Keycloak ($PORTICO_MODE) on 127.0.0.1:$PORTICO_KEYCLOAK_PORT (first start builds and imports: ~30 s)"
    KC_BOOTSTRAP_ADMIN_USERNAME="$PORTICO_KEYCLOAK_ADMIN" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="$PORTICO_KEYCLOAK_ADMIN_PASSWORD" \
      spawn keycloak "$LOGS/keycloak.log" "$KC_HOME/bin/kc.sh" "${mode[@]}" \
        --http-host=127.0.0.1 --http-port="$PORTICO_KEYCLOAK_PORT" \
        --http-management-port="$PORTICO_KEYCLOAK_MANAGEMENT_PORT" \
        --health-enabled=true --import-realm
  fi
  wait_for Keycloak "$KEYCLOAK_TIMEOUT" "$LOGS/keycloak.log" keycloak keycloak_ready
  is_production || keycloak_apply_demo
}

# ---------------------------------------------------------------- the demo overlay

# The demo's personas (hashed passwords: the realm's password policy governs passwords set,
# not hashes imported), the portico-cli client and the partner organisations with their
# members (organisations/<alias>.json, organisation-members.txt), added through Keycloak's
# admin API once the realm exists. Only the demo does this;
# production imports the realm alone. Once per realm: the marker lives with Keycloak's data.
keycloak_apply_demo() {
  local kc="${PORTICO_OIDC_PROVIDER_URL%/realms/*}" token admin alias user org org_id user_id
  token="$(curl -fs --max-time 10 -d grant_type=password -d client_id=admin-cli \
      --data-urlencode "username=$PORTICO_KEYCLOAK_ADMIN" --data-urlencode "password=$PORTICO_KEYCLOAK_ADMIN_PASSWORD" \
      "$kc/realms/master/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
  [ -n "$token" ] || die "cannot sign in to Keycloak's admin API as $PORTICO_KEYCLOAK_ADMIN to add the demo users"
  admin="$kc/admin/realms/portico"
  kc_api() { curl -fs --max-time 30 -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
  [ -f "$KC_HOME/data/portico-demo.applied" ] && return 0
  say "adding the demo users, portico-cli and the partner organisations to the realm"
  kc_api -X POST --data-binary @"$DEMO_REALM_DIR/portico-demo-users.json" "$admin/partialImport" >/dev/null \
    || die "the demo users could not be imported (Keycloak's partialImport refused $DEMO_REALM_DIR/portico-demo-users.json)"
  local -A org_ids=()
  for org in "$DEMO_REALM_DIR"/organisations/*.json; do
    org_id="$(kc_api -o /dev/null -D - -X POST --data-binary @"$org" "$admin/organizations" \
        | sed -n 's|^[Ll]ocation: .*/\([^/[:space:]]*\)[[:space:]]*$|\1|p')"
    [ -n "$org_id" ] || die "could not create the demo organisation in $org"
    org_ids["$(basename "$org" .json)"]="$org_id"
  done
  while read -r alias user; do
    case "$alias" in ''|'#'*) continue ;; esac
    org_id="${org_ids[$alias]:-}"
    user_id="$(kc_api "$admin/users?exact=true&username=$user" | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4)"
    [ -n "$org_id" ] && [ -n "$user_id" ] || die "demo organisation $alias or user $user not found in the realm"
    kc_api -X POST --data "\"$user_id\"" "$admin/organizations/$org_id/members" >/dev/null \
      || die "could not make $user a member of $alias"
  done <"$DEMO_REALM_DIR/organisation-members.txt"
  echo "$DEMO_REALM_VERSION" >"$KC_HOME/data/portico-demo.applied"
}
