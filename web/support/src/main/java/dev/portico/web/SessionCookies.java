package dev.portico.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;

/**
 * The session cookie's attributes, set while the WAR starts (the only time the servlet container
 * allows it): HttpOnly; SameSite=Lax, so that the browser still sends it on the top-level
 * redirect back from Keycloak (Strict would not) but not on another site's forms, frames or
 * images; and Secure when the portal's public address is https.
 */
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(System.getenv().getOrDefault("PORTICO_PORTAL_URL", "").startsWith("https:"));
    }
}
