package dev.portico.shell;

import dev.portico.access.service.AccessDeniedException;
import dev.portico.integration.imports.ImportResult;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The steps every CSV import page shares (accounts and products, employees and absences): no
 * file or one too large is a message, the upload streams to the import service as it arrives
 * (never read into a string), a refusal is a message naming the permission, and the outcome
 * (all imported, or nothing and how many rows are bad) is a message above the page's own list
 * of bad lines.
 */
public final class CsvUpload {

    /**
     * The largest CSV a page takes (about 100 000 account rows). The Faces servlet's multipart
     * limit (web-fragment.xml) stops anything much larger before it is buffered to disk.
     */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final String BUNDLE = "dev.portico.shell.messages";

    /** One of {@code CsvImports}' readers. */
    @FunctionalInterface
    public interface Importer {
        ImportResult read(InputStream csv);
    }

    private CsvUpload() {
    }

    /**
     * @param refusal what to say when the caller lacks the import's permission
     * @return the import's result, or {@code null} when nothing was read (the page says why)
     */
    public static ImportResult run(Part file, Importer importer, String refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (file == null || file.getSize() == 0) {
            message(faces, FacesMessage.SEVERITY_WARN, "upload.noFile");
            return null;
        }
        if (file.getSize() > MAX_BYTES) {
            message(faces, FacesMessage.SEVERITY_WARN, "upload.tooLarge", file.getSize() / (1024 * 1024), MAX_BYTES / (1024 * 1024));
            return null;
        }
        ImportResult result;
        try (InputStream in = file.getInputStream()) {
            result = importer.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload", e);
        } catch (AccessDeniedException refused) {
            PageActions.warn(faces, refusal);
            return null;
        }
        if (result.accepted()) {
            message(faces, FacesMessage.SEVERITY_INFO, "upload.accepted", result.rows(), result.created(), result.updated());
        } else {
            message(faces, FacesMessage.SEVERITY_WARN, "upload.rejected", result.errorCount(), result.rows());
        }
        return result;
    }

    private static void message(FacesContext faces, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = MessageFormat.format(ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).getString(key), arguments);
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
