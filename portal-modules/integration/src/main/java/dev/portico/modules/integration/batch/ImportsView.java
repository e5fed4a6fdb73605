package dev.portico.modules.integration.batch;

import dev.portico.access.service.AccessDeniedException;
import dev.portico.integration.imports.CsvImports;
import dev.portico.integration.imports.ImportResult;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Backs {@code integration/imports.xhtml}: one uploaded file, imported as accounts or products,
 * and its result. The upload is streamed to the service as it arrives, never read into a string.
 */
@Named
@RequestScoped
public class ImportsView {

    @EJB
    private CsvImports imports;

    private String kind = "accounts";
    private Part file;
    private ImportResult result;

    /**
     * The largest CSV the page takes (about 100 000 account rows). The Faces servlet's multipart
     * limit (web-fragment.xml) stops anything much larger before it is buffered to disk.
     */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            BatchMessages.warn("imports.noFile");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            BatchMessages.warn("imports.tooLarge", file.getSize() / (1024 * 1024), MAX_BYTES / (1024 * 1024));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            result = "products".equals(kind) ? imports.importProducts(in) : imports.importAccounts(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload", e);
        } catch (AccessDeniedException refused) {
            BatchMessages.warn("imports.refused." + ("products".equals(kind) ? "products" : "accounts"));
            return;
        }
        if (result.accepted()) {
            BatchMessages.info("imports.accepted", result.rows(), result.created(), result.updated());
        } else {
            BatchMessages.warn("imports.rejected", result.errorCount(), result.rows());
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportResult getResult() {
        return result;
    }
}
