package dev.portico.shell.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The per-session secret that the sign-out form carries: another site can make the browser send
 * a request to {@code /logout}, but cannot read a page of ours to learn this value, so only our
 * own form ends the session (OWASP's synchronizer token). A session without one gets one on first
 * use; the value dies with the session.
 */
public final class SignOutToken {

    static final String PARAMETER = "token";
    private static final String ATTRIBUTE = SignOutToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SignOutToken() {
    }

    /** This session's token, made on first use. */
    public static String of(HttpSession session) {
        synchronized (session) {
            Object known = session.getAttribute(ATTRIBUTE);
            if (known instanceof String token) {
                return token;
            }
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            String token = HexFormat.of().formatHex(bytes);
            session.setAttribute(ATTRIBUTE, token);
            return token;
        }
    }

    /** Whether the request carries its session's token; compared in constant time. */
    static boolean carriedBy(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(PARAMETER);
        if (session == null || sent == null || !(session.getAttribute(ATTRIBUTE) instanceof String expected)) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }
}
