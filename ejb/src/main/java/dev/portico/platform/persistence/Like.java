package dev.portico.platform.persistence;

/**
 * Text a user typed, as literal text inside a JPQL {@code LIKE} pattern: {@code %} and {@code _}
 * in a search box (or a role name) match themselves, not anything. Write the condition as
 * {@code "x.name LIKE :name" + Like.ESCAPE}.
 */
public final class Like {

    /** The escape clause that goes after every {@code LIKE} parameter filled from here. */
    public static final String ESCAPE = " ESCAPE '!'";

    private Like() {
    }

    public static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The pattern for "contains {@code text}", or {@code null} (no filter) for a blank or missing text. */
    public static String containing(String text) {
        return text == null || text.isBlank() ? null : "%" + escape(text.strip()) + "%";
    }
}
