package dev.portico.it;

import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * Asks Keycloak itself, as its bootstrap administrator through the official admin client, so a
 * test sees Keycloak's state and not what Portico's adapter says about it.
 */
public final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    public static Set<String> realmRoles(String username) {
        return inRealm(realm -> realm.users().get(userId(realm, username)).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName).collect(Collectors.toSet()));
    }

    public static Set<String> organisations(String username) {
        return inRealm(realm -> realm.organizations().members().getOrganizations(userId(realm, username), true).stream()
                .map(OrganizationRepresentation::getAlias).collect(Collectors.toSet()));
    }

    private static String userId(RealmResource realm, String username) {
        return realm.users().searchByUsername(username, true).get(0).getId();
    }

    private static <T> T inRealm(Function<RealmResource, T> work) {
        String provider = System.getenv().getOrDefault("PORTICO_OIDC_PROVIDER_URL", "http://localhost:8180/realms/portico");
        String server = provider.substring(0, provider.indexOf("/realms/"));
        try (Keycloak admin = KeycloakBuilder.builder().serverUrl(server).realm("master").clientId("admin-cli")
                .username("admin").password("admin").build()) {
            return work.apply(admin.realm("portico"));
        }
    }
}
