package dev.portico.shell.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This portal's HTTP sessions by Keycloak session id ({@code sid}) and by subject, so that a
 * back-channel logout, which names one of them, can end the sessions it refers to.
 */
@ApplicationScoped
public class OidcSessionRegistry {

    static final String SID_ATTRIBUTE = OidcSessionRegistry.class.getName() + ".sid";
    static final String SUB_ATTRIBUTE = OidcSessionRegistry.class.getName() + ".sub";

    private final Map<String, Set<HttpSession>> bySid = new ConcurrentHashMap<>();
    private final Map<String, Set<HttpSession>> bySubject = new ConcurrentHashMap<>();

    boolean isRegistered(HttpSession session) {
        return session.getAttribute(SID_ATTRIBUTE) != null;
    }

    void register(HttpSession session, String sid, String subject) {
        if (session.getAttribute(SID_ATTRIBUTE) != null) {
            return;
        }
        session.setAttribute(SID_ATTRIBUTE, sid == null ? "" : sid);
        session.setAttribute(SUB_ATTRIBUTE, subject == null ? "" : subject);
        add(bySid, sid, session);
        add(bySubject, subject, session);
    }

    void forget(HttpSession session) {
        remove(bySid, (String) session.getAttribute(SID_ATTRIBUTE), session);
        remove(bySubject, (String) session.getAttribute(SUB_ATTRIBUTE), session);
    }

    /** Ends the sessions of a Keycloak session, or of every session of a subject when no sid is given. */
    int endSessions(String sid, String subject) {
        Set<HttpSession> sessions = sid != null ? bySid.remove(sid) : bySubject.remove(subject);
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile by timeout or by the user: nothing left to do
            }
        }
        return ended;
    }

    private static void add(Map<String, Set<HttpSession>> index, String key, HttpSession session) {
        if (key != null && !key.isEmpty()) {
            index.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(session);
        }
    }

    private static void remove(Map<String, Set<HttpSession>> index, String key, HttpSession session) {
        if (key != null && !key.isEmpty()) {
            index.computeIfPresent(key, (k, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }
}
