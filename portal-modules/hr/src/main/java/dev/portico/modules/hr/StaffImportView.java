package dev.portico.modules.hr;

import dev.portico.integration.imports.CsvImports;
import dev.portico.integration.imports.ImportResult;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Backs the import form of {@code hr/hire.xhtml} ({@code hr:edit}): employees or absences from
 * a CSV file, all or nothing, every bad line named. The upload streams to the service.
 */
@Named
@RequestScoped
public class StaffImportView {

    @EJB
    private CsvImports imports;

    private String kind = "employees";
    private Part file;
    private ImportResult result;

    public void upload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (file == null || file.getSize() == 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Choose a CSV file to import.", null));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            result = "absences".equals(kind) ? imports.importAbsences(in) : imports.importEmployees(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload", e);
        }
        faces.addMessage(null, result.accepted()
                ? new FacesMessage("Imported " + result.created() + " " + result.kind() + " from " + result.rows() + " rows.")
                : new FacesMessage(FacesMessage.SEVERITY_WARN, "Nothing imported: " + result.errorCount() + " bad row(s) of "
                + result.rows() + ".", null));
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
