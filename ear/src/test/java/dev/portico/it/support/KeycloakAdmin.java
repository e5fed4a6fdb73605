package dev.portico.it.support;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * Keycloak's own admin API as its bootstrap administrator, not Portico's adapter: what tests
 * check a grant or revocation against, and how they put a demo user's roles back afterwards.
 * In-container tests pass it to {@link Deployments#porticoWithTests} as a helper class; public,
 * because the test WAR and the helper JAR have class loaders of their own.
 */
public final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    /** The realm roles assigned to the user directly. */
    public static Set<String> realmRoles(String username) {
        return inRealm(realm -> realm.users().get(userId(realm, username)).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName).collect(Collectors.toSet()));
    }

    public static Set<String> organisations(String username) {
        return inRealm(realm -> realm.organizations().members().getOrganizations(userId(realm, username), true).stream()
                .map(OrganizationRepresentation::getAlias).collect(Collectors.toSet()));
    }

    /** Puts a role back that a test took away, so later tests find the demo realm as imported. */
    public static void grantRealmRole(String username, String role) {
        inRealm(realm -> {
            realm.users().get(userId(realm, username)).roles().realmLevel().add(List.of(realm.roles().get(role).toRepresentation()));
            return null;
        });
    }

    /** Runs {@code work} against the portico realm as Keycloak's bootstrap administrator. */
    private static <T> T inRealm(Function<RealmResource, T> work) {
        String provider = System.getenv().getOrDefault("PORTICO_OIDC_PROVIDER_URL", "http://localhost:8180/realms/portico");
        String server = provider.substring(0, provider.indexOf("/realms/"));
        try (Keycloak admin = KeycloakBuilder.builder().serverUrl(server).realm("master").clientId("admin-cli")
                .username("admin").password("admin").build()) {
            return work.apply(admin.realm("portico"));
        }
    }

    private static String userId(RealmResource realm, String username) {
        return realm.users().searchByUsername(username, true).get(0).getId();
    }
}
