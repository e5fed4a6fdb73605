package dev.portico.modules.audit;

import dev.portico.access.domain.Action;
import dev.portico.audit.report.AccessReportFilter;
import java.io.Serializable;

/** The filter fields of {@code audit/access.xhtml} as typed, before they are applied. */
public class AccessReportForm implements Serializable {

    private String text;
    private String role;
    private String module;
    private Action action;
    private String organisation;

    public AccessReportFilter toFilter() {
        return new AccessReportFilter(text, role, module, action, organisation);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public Action getAction() {
        return action;
    }

    public void setAction(Action action) {
        this.action = action;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
