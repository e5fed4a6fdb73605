package dev.portico.access.directory;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * {@link IdentityDirectory} on Keycloak's Admin REST API, as the {@code portico-admin} service
 * account (client credentials; it holds only realm-management's user roles). The realm and
 * server come from the provider URL that WildFly's OIDC client uses too.
 */
@ApplicationScoped
public class KeycloakDirectory implements IdentityDirectory {

    private static final String CLIENT_ID = "portico-admin";

    private volatile Keycloak keycloak;
    private volatile String realmName;

    @Override
    public Set<String> realmRolesOf(String username) {
        return user(username).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void grantRealmRole(String username, String role) {
        user(username).roles().realmLevel().add(List.of(role(role)));
    }

    @Override
    public void revokeRealmRole(String username, String role) {
        user(username).roles().realmLevel().remove(List.of(role(role)));
    }

    private UserResource user(String username) {
        List<UserRepresentation> found = realm().users().searchByUsername(username, true);
        if (found.isEmpty()) {
            throw new UnknownIdentityException("no user " + username);
        }
        return realm().users().get(found.get(0).getId());
    }

    private RoleRepresentation role(String name) {
        try {
            return realm().roles().get(name).toRepresentation();
        } catch (NotFoundException e) {
            throw new UnknownIdentityException("no realm role " + name);
        }
    }

    private RealmResource realm() {
        if (keycloak == null) {
            synchronized (this) {
                if (keycloak == null) {
                    String provider = System.getenv().getOrDefault("PORTICO_OIDC_PROVIDER_URL", "http://localhost:8180/realms/portico");
                    int realms = provider.indexOf("/realms/");
                    realmName = provider.substring(realms + "/realms/".length()).replaceAll("/+$", "");
                    keycloak = KeycloakBuilder.builder()
                            .serverUrl(provider.substring(0, realms))
                            .realm(realmName)
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                            .clientId(CLIENT_ID)
                            .clientSecret(System.getenv().getOrDefault("PORTICO_OIDC_CLIENT_SECRET", "portico-demo-secret"))
                            .build();
                }
            }
        }
        return keycloak.realm(realmName);
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
