# shellcheck shell=bash
# Sourced by ../../portal. Demo or production (PORTICO_MODE): which secrets may have defaults,
# and the checks that refuse to start a production stack with anything of the demo's.

# The secrets, each with the demo's value. In the demo an unset one takes that value; in
# production it must be set, to something else, and not short.
DEMO_SECRETS=(
  "PORTICO_INTERNAL_CLIENT_SECRET=portico-internal-demo-secret"
  "PORTICO_EXTERNAL_CLIENT_SECRET=portico-external-demo-secret"
  "PORTICO_ADMIN_CLIENT_SECRET=portico-admin-demo-secret"
  "PORTICO_DB_PASSWORD=portico"
  "PORTICO_KEYCLOAK_ADMIN_PASSWORD=admin"
  "PORTICO_BROKER_CRM_PASSWORD=crm-side-demo"
  "PORTICO_BROKER_ERP_PASSWORD=erp-side-demo"
  "PORTICO_BROKER_OPS_PASSWORD=integration-ops-demo"
  "PORTICO_BROKER_RECOVERY_PASSWORD=xa-recovery-demo"
  "PORTICO_LEDGER_KEY=portico-ledger-demo-key"
)
MIN_SECRET_LENGTH=16

is_production() { [ "$PORTICO_MODE" = production ]; }

# Demo: fill in every unset secret with the demo's value. Both modes: export them all.
apply_secret_defaults() {
  local entry name
  for entry in "${DEMO_SECRETS[@]}"; do
    name="${entry%%=*}"
    if [ -z "${!name:-}" ] && ! is_production; then
      printf -v "$name" '%s' "${entry#*=}"
    fi
    export "${name?}"
  done
}

# Production: one clear line, naming the variable, for the first thing of the demo's found.
production_checks() {
  is_production || return 0
  local entry name value
  for entry in "${DEMO_SECRETS[@]}"; do
    name="${entry%%=*}"
    value="${!name:-}"
    [ -n "$value" ] || die "production mode: $name is not set; set it to a secret of your own (e.g. \$(openssl rand -base64 32))"
    [ "$value" != "${entry#*=}" ] || die "production mode: $name is the demo's value; set it to a secret of your own"
    [ "${#value}" -ge "$MIN_SECRET_LENGTH" ] || die "production mode: $name is shorter than $MIN_SECRET_LENGTH characters"
  done
  case "${PORTICO_DEMO_DATA:-false}" in
    false) ;;
    *) die "production mode: PORTICO_DEMO_DATA=${PORTICO_DEMO_DATA} would load the demo's organisations and accounts; unset it" ;;
  esac
  [ "$PORTICO_KEYCLOAK_ADMIN" != admin ] || die "production mode: PORTICO_KEYCLOAK_ADMIN is 'admin'; name Keycloak's bootstrap administrator yourself"
  case "${PORTICO_BROKER_REMOTE:-false}" in
    false|true) ;;
    *) die "production mode: PORTICO_BROKER_REMOTE must be true or false" ;;
  esac
}
