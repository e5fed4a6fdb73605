package dev.portico.access.people;

import java.io.Serializable;

/**
 * A created user and the one-time password to hand them by a channel of the administrator's
 * choosing; Keycloak makes them choose their own at the first sign-in. It is shown once and
 * stored nowhere in Portico. (Keycloak's execute-actions e-mail is the alternative where the
 * realm has an SMTP server; the demo has none.)
 */
public record Invitation(String username, String temporaryPassword) implements Serializable {

    @Override
    public String toString() {
        return "Invitation[" + username + "]"; // never the password in a log
    }
}
