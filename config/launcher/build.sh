# shellcheck shell=bash
# Sourced by ../../portal, which sets the settings these functions read. The server distributions
# (fetched once into .portico/dist through Maven) and the EAR (built when stale).

# ---------------------------------------------------------------- fetch

# Unpack WildFly, Keycloak and MariaDB into the shared cache (Maven does the download).
fetch_dists() {
  local stamp="$DIST/.portico-fetched" want
  want="$(grep -E '<version\.[a-z.]+>' "$ROOT/pom.xml" | sha256sum | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] \
     && [ -d "$WF_DIST" ] && [ -d "$KC_DIST" ] && [ -d "$MDB_BASE/bin" ]; then
    return 0
  fi
  need_command mvn "install Maven 3.8+ to fetch the server distributions"
  say "fetching WildFly $WILDFLY_VERSION, Keycloak $KEYCLOAK_VERSION, MariaDB $MARIADB_VERSION into $DIST"
  mkdir -p "$DIST"
  mvn -q -B -N -f "$ROOT/pom.xml" dependency:unpack@fetch-dists dependency:copy@fetch-modules \
      -Dportico.dist="$DIST" || die "fetching the distributions failed (see Maven output above)"
  # Zips lose exec bits.
  chmod +x "$MDB_BASE"/bin/* "$MDB_BASE"/scripts/* "$WF_DIST"/bin/*.sh "$KC_DIST"/bin/*.sh
  echo "$want" >"$stamp"
}

# ---------------------------------------------------------------- build

# The EAR is stale if any source or pom is newer than it.
ear_is_stale() {
  [ -f "$EAR" ] || return 0
  [ -n "$(find "$ROOT" \( -name target -o -name .portico -o -name .git \) -prune -o \
           -type f \( -path '*/src/*' -o -name pom.xml \) -newer "$EAR" -print -quit)" ]
}

build_ear() {
  if ear_is_stale; then
    say "building portico.ear (mvn package -DskipTests)"
    mvn -q -B -f "$ROOT/pom.xml" package -DskipTests -DskipITs || die "the Maven build failed"
    [ -f "$EAR" ] || die "the build did not produce $EAR"
  fi
}
