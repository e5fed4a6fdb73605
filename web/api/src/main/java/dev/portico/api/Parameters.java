package dev.portico.api;

import dev.portico.api.problem.ProblemException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Query parameters read as text and parsed here, so that a malformed one is a 400 problem naming
 * the parameter rather than the framework's bare 404; and the {@code next} link of a cursor page.
 */
public final class Parameters {

    private Parameters() {
    }

    public static long number(String field, String text, long min, long max) {
        try {
            long value = Long.parseLong(text.strip());
            if (value < min || value > max) {
                throw ProblemException.invalid(field, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a whole number");
        }
    }

    /** {@code text} as a page size, {@code fallback} when absent. */
    public static int limit(String text, int fallback, int max) {
        return text == null ? fallback : (int) number("limit", text, 1, max);
    }

    /** {@code text} as a cursor (an id), 0 when absent. */
    public static long after(String text) {
        return text == null ? 0 : number("after", text, 0, Long.MAX_VALUE);
    }

    public static <E extends Enum<E>> E constant(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A path parameter that must be an id; anything else is "not found", as for a missing id. */
    public static long id(String what, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound(what + " " + text);
        }
    }

    /** The link to the page after {@code lastId}, keeping the caller's filters. */
    public static String next(String path, int limit, long lastId, Map<String, String> filters) {
        return next(path, limit, Long.toString(lastId), filters);
    }

    /** The link to the page after the cursor {@code last} (an id, or a key such as a SKU), keeping the caller's filters. */
    public static String next(String path, int limit, String last, Map<String, String> filters) {
        StringBuilder link = new StringBuilder(path).append("?limit=").append(limit).append("&after=")
                .append(URLEncoder.encode(last, StandardCharsets.UTF_8));
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return link.toString();
    }
}
