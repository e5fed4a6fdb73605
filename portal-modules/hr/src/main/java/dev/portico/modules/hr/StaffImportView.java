package dev.portico.modules.hr;

import dev.portico.integration.imports.CsvImports;
import dev.portico.integration.imports.ImportResult;
import dev.portico.shell.CsvUpload;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.ResourceBundle;

/**
 * Backs the import form of {@code hr/hire.xhtml} ({@code hr:edit}): employees or absences from
 * a CSV file, all or nothing, every bad line named (the steps are {@link CsvUpload}'s).
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
        boolean absences = "absences".equals(kind);
        result = CsvUpload.run(file, absences ? imports::importAbsences : imports::importEmployees,
                ResourceBundle.getBundle("dev.portico.modules.hr.messages", FacesContext.getCurrentInstance().getViewRoot().getLocale())
                        .getString("hire.hrOnly"));
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
