package dev.portico.access.directory;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * {@link IdentityDirectory} on Keycloak's Admin REST API, as the {@code portico-admin} service
 * account (client credentials; it holds realm-management's user roles, and {@code manage-realm}
 * because Keycloak 26.5 answers 403 to any narrower role on its Organizations API, even to read
 * memberships). The realm and server come from the provider URL that WildFly's OIDC client uses too.
 *
 * <p>Lists ask for an explicit page size: Keycloak's Organizations API returns 10 items when
 * none is given, which would silently drop organisations and members beyond the tenth.
 */
@ApplicationScoped
public class KeycloakDirectory implements IdentityDirectory {

    private static final String CLIENT_ID = "portico-admin";
    /** A portal realm of employees and partner users; far beyond that, page through the directory. */
    private static final int MAX_USERS = 5000;
    private static final int MAX_ORGANISATIONS = 1000;

    private volatile Keycloak keycloak;
    private volatile String realmName;

    @Override
    public List<DirectoryUser> users() {
        Map<String, Set<String>> organisations = membershipsById();
        return realm().users().list(0, MAX_USERS).stream()
                .filter(u -> u.getServiceAccountClientId() == null)
                .map(u -> toUser(u, organisations.getOrDefault(u.getId(), Set.of())))
                .sorted(Comparator.comparing(DirectoryUser::username))
                .toList();
    }

    @Override
    public List<String> usernames() {
        return realm().users().list(0, MAX_USERS).stream()
                .filter(u -> u.getServiceAccountClientId() == null)
                .map(UserRepresentation::getUsername)
                .sorted()
                .toList();
    }

    @Override
    public Optional<DirectoryUser> user(String username) {
        List<UserRepresentation> found = realm().users().searchByUsername(username, true);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserRepresentation user = found.get(0);
        Set<String> organisations = realm().organizations().members().getOrganizations(user.getId(), true).stream()
                .map(OrganizationRepresentation::getAlias)
                .collect(Collectors.toUnmodifiableSet());
        return Optional.of(toUser(user, organisations));
    }

    @Override
    public Set<String> realmRolesOf(String username) {
        return userResource(username).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void grantRealmRole(String username, String role) {
        userResource(username).roles().realmLevel().add(List.of(role(role)));
    }

    @Override
    public void revokeRealmRole(String username, String role) {
        userResource(username).roles().realmLevel().remove(List.of(role(role)));
    }

    @Override
    public Set<String> organisations() {
        return allOrganisations().stream()
                .map(OrganizationRepresentation::getAlias)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void addToOrganisation(String username, String organisationAlias) {
        try (Response response = organisation(organisationAlias).members().addMember(userId(username))) {
            if (response.getStatus() >= 300) {
                throw new IllegalStateException("Keycloak refused to add " + username + " to " + organisationAlias
                        + ": HTTP " + response.getStatus());
            }
        }
    }

    @Override
    public void removeFromOrganisation(String username, String organisationAlias) {
        try (Response response = organisation(organisationAlias).members().member(userId(username)).delete()) {
            if (response.getStatus() >= 300) {
                throw new IllegalStateException("Keycloak refused to remove " + username + " from " + organisationAlias
                        + ": HTTP " + response.getStatus());
            }
        }
    }

    @Override
    public List<DirectoryUser> membersOf(String organisationAlias) {
        Set<String> organisations = Set.of(organisationAlias);
        return organisation(organisationAlias).members().list(0, MAX_USERS).stream()
                .map(member -> toUser(member, organisations))
                .sorted(Comparator.comparing(DirectoryUser::username))
                .toList();
    }

    @Override
    public void createUser(String username, String email, String firstName, String lastName, String temporaryPassword) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(temporaryPassword);
        password.setTemporary(true); // Keycloak adds the UPDATE_PASSWORD required action
        user.setCredentials(List.of(password));
        try (Response response = realm().users().create(user)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw new IdentityConflictException("a user " + username + " or with the e-mail " + email + " already exists");
            }
            if (response.getStatus() >= 300) {
                throw new IllegalStateException("Keycloak refused to create " + username + ": HTTP " + response.getStatus());
            }
        }
    }

    @Override
    public void setEnabled(String username, boolean enabled) {
        UserResource user = userResource(username);
        UserRepresentation representation = user.toRepresentation();
        representation.setEnabled(enabled);
        user.update(representation);
        if (!enabled) {
            user.logout();
        }
    }

    @Override
    public void deleteUser(String username) {
        try (Response response = realm().users().delete(userId(username))) {
            if (response.getStatus() >= 300) {
                throw new IllegalStateException("Keycloak refused to delete " + username + ": HTTP " + response.getStatus());
            }
        }
    }

    private DirectoryUser toUser(UserRepresentation user, Set<String> organisations) {
        RoleScopeResource roles = realm().users().get(user.getId()).roles().realmLevel();
        return new DirectoryUser(user.getUsername(), user.getFirstName(), user.getLastName(), user.getEmail(),
                Boolean.TRUE.equals(user.isEnabled()), names(roles.listAll()), names(roles.listEffective()), organisations);
    }

    /** One call per organisation rather than one per user: there are far fewer organisations. */
    private Map<String, Set<String>> membershipsById() {
        Map<String, Set<String>> byUser = new HashMap<>();
        for (OrganizationRepresentation organisation : allOrganisations()) {
            for (MemberRepresentation member : realm().organizations().get(organisation.getId()).members().list(0, MAX_USERS)) {
                byUser.computeIfAbsent(member.getId(), id -> new TreeSet<>()).add(organisation.getAlias());
            }
        }
        return byUser;
    }

    private OrganizationResource organisation(String alias) {
        return allOrganisations().stream()
                .filter(o -> alias.equals(o.getAlias()))
                .findFirst()
                .map(o -> realm().organizations().get(o.getId()))
                .orElseThrow(() -> new UnknownIdentityException("no organisation " + alias));
    }

    private List<OrganizationRepresentation> allOrganisations() {
        return realm().organizations().list(0, MAX_ORGANISATIONS);
    }

    private String userId(String username) {
        List<UserRepresentation> found = realm().users().searchByUsername(username, true);
        if (found.isEmpty()) {
            throw new UnknownIdentityException("no user " + username);
        }
        return found.get(0).getId();
    }

    private static Set<String> names(List<RoleRepresentation> roles) {
        return roles.stream().map(RoleRepresentation::getName).collect(Collectors.toUnmodifiableSet());
    }

    private UserResource userResource(String username) {
        return realm().users().get(userId(username));
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
                            .clientSecret(System.getenv().getOrDefault("PORTICO_ADMIN_CLIENT_SECRET", "portico-admin-demo-secret"))
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
