package dev.portico.access.domain;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** An action on a module, written {@code module:action} as in {@code customers:view}. */
public record Permission(String module, Action action) implements Serializable {

    public Permission {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(action, "action");
    }

    public static Permission of(String module, Action action) {
        return new Permission(module, action);
    }

    /** Parses {@code customers:view}; anything else is refused. */
    public static Permission parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("not a permission (module:action): " + text);
        }
        return new Permission(text.substring(0, colon), Action.valueOf(text.substring(colon + 1).toUpperCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
        return module + ":" + action.name().toLowerCase(Locale.ROOT);
    }
}
