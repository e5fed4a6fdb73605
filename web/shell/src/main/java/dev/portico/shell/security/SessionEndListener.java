package dev.portico.shell.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Keeps the registry free of sessions that ended by timeout or logout. */
@WebListener
public class SessionEndListener implements HttpSessionListener {

    @Inject
    private OidcSessionRegistry registry;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        registry.forget(event.getSession());
    }
}
