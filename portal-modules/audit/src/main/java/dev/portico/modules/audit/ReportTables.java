package dev.portico.modules.audit;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** Helpers for the tables of the audit pages. */
final class ReportTables {

    private ReportTables() {
    }

    /** A newly applied filter starts on its first page: the page the table was on may not exist any more. */
    static void showFirstPage(String tableClientId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }
}
