package dev.portico.shell;

import dev.portico.platform.export.ExportFile;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Sends a file from a Faces action (a non-Ajax button) as a download and ends the request,
 * so no page is rendered after it.
 */
public final class Downloads {

    private Downloads() {
    }

    public static void send(ExportFile file) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(file.contentType());
        external.setResponseContentLength(file.content().length);
        // The name is ours (ASCII, no quotes), never user input.
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(file.content());
        } catch (IOException e) {
            throw new UncheckedIOException("could not send " + file.filename(), e);
        }
        faces.responseComplete();
    }
}
