package dev.portico.shell.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URI;

/**
 * What the portals' Content-Security-Policy needs to know (web-fragment.xml,
 * {@code primefaces.CSP_POLICY}): the identity provider's origin, the only other place a form of
 * ours may lead to (sign-out redirects there).
 */
@Named
@ApplicationScoped
public class PortalSecurity {

    public String getIdentityProviderOrigin() {
        URI provider = URI.create(OidcSettings.providerUrl());
        return provider.getScheme() + "://" + provider.getAuthority();
    }
}
