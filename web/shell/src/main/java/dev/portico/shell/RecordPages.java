package dev.portico.shell;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Optional;

/**
 * What the view action of every record page ({@code …?id=}) does: read the id parameter, find
 * the record, or answer the shell's 404 page. A missing, malformed or out-of-scope id all get the
 * same page, so the answer tells nothing about records one may not see.
 */
public final class RecordPages {

    private RecordPages() {
    }

    /** The id parameter as a number; empty when missing or not a number (tampered ids answer like missing records). */
    public static Optional<Long> id(String parameter) {
        try {
            return parameter == null ? Optional.empty() : Optional.of(Long.parseLong(parameter.strip()));
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    /** {@code found} as it is; if empty, the response is already the 404 page and the view renders nothing more. */
    public static <T> Optional<T> orNotFound(Optional<T> found) throws IOException {
        if (found.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
        return found;
    }
}
