package dev.portico.access.directory;

import java.security.SecureRandom;

/**
 * One-time passwords for a new Keycloak account (a partner's invitation, an HR hire): shown once
 * to whoever created the account, changed at the first sign-in (UPDATE_PASSWORD).
 */
public final class TemporaryPasswords {

    /** No 0/O, 1/l/I: the password is read off a screen and typed. */
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    public static String next() {
        char[] password = new char[16];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(password);
    }
}
