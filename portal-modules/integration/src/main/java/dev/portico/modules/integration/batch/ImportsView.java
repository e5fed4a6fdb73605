package dev.portico.modules.integration.batch;

import dev.portico.integration.imports.CsvImports;
import dev.portico.integration.imports.ImportResult;
import dev.portico.shell.CsvUpload;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

/**
 * Backs {@code integration/imports.xhtml}: one uploaded file, imported as accounts or products,
 * and its result (the steps are {@link CsvUpload}'s).
 */
@Named
@RequestScoped
public class ImportsView {

    @EJB
    private CsvImports imports;

    private String kind = "accounts";
    private Part file;
    private ImportResult result;

    public void upload() {
        boolean products = "products".equals(kind);
        result = CsvUpload.run(file, products ? imports::importProducts : imports::importAccounts,
                BatchMessages.text("imports.refused." + (products ? "products" : "accounts")));
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
