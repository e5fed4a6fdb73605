package dev.portico.shell.security;

import dev.portico.access.domain.Permission;
import dev.portico.access.service.OrganisationDirectory;
import dev.portico.shell.spi.Portal;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/** The signed-in user as the pages show them: name, organisation, roles, current portal. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private HttpServletRequest request;

    @EJB
    private OrganisationDirectory organisations;

    @Inject
    private SessionAccess access;

    /** What the sign-out form carries, so that no other site can sign the user out. */
    public String getSignOutToken() {
        return SignOutToken.of(request.getSession());
    }

    public String getUsername() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    /** "Alice Archer" from the ID token, falling back to the user name. */
    public String getDisplayName() {
        return idToken().map(t -> {
            String given = t.getGivenName();
            String family = t.getFamilyName();
            if (given != null && family != null) {
                return given + " " + family;
            }
            return t.getName() != null ? t.getName() : getUsername();
        }).orElseGet(this::getUsername);
    }

    /** Keycloak organisation aliases of a partner user ({@code organization} claim); empty for staff. */
    public List<String> getOrganisations() {
        return idToken().filter(t -> t.hasClaim("organization"))
                .map(t -> t.getStringListClaimValue("organization"))
                .orElse(List.of());
    }

    /** The display name of the user's partner organisation, or {@code null} for staff. */
    public String getOrganisationName() {
        List<String> aliases = getOrganisations();
        return aliases.isEmpty() ? null : organisations.nameOf(aliases.get(0)).orElse(aliases.get(0));
    }

    public boolean hasRole(String role) {
        return request.isUserInRole(role);
    }

    /** Whether the access policy gives the user this permission (in any scope). */
    public boolean allows(Permission permission) {
        return access.current().allows(permission);
    }

    public Portal getPortal() {
        return OidcSettings.portal(request.getServletContext());
    }

    private Optional<IDToken> idToken() {
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return Optional.ofNullable(oidc.getOidcSecurityContext().getIDToken());
        }
        return Optional.empty();
    }
}
