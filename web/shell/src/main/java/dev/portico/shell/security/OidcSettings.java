package dev.portico.shell.security;

import dev.portico.shell.spi.Portal;
import jakarta.servlet.ServletContext;

/**
 * Where Keycloak is and which client this WAR is. The provider URL comes from the same
 * environment variable that configures WildFly's OIDC client, so both always agree.
 */
public final class OidcSettings {

    public static final String PORTAL_PARAM = "dev.portico.PORTAL";
    private static final String DEFAULT_PROVIDER = "http://localhost:8180/realms/portico";

    private OidcSettings() {
    }

    public static String providerUrl() {
        String url = System.getenv().getOrDefault("PORTICO_OIDC_PROVIDER_URL", DEFAULT_PROVIDER);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The portal a WAR serves, declared by its {@code web.xml} context parameter. */
    public static Portal portal(ServletContext context) {
        String value = context.getInitParameter(PORTAL_PARAM);
        if (value == null) {
            throw new IllegalStateException("web.xml must set context-param " + PORTAL_PARAM);
        }
        return Portal.valueOf(value);
    }
}
