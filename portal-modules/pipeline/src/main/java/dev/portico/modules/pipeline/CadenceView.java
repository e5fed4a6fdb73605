package dev.portico.modules.pipeline;

import dev.portico.crm.service.ContactCadence;
import dev.portico.crm.service.OverdueAccount;
import dev.portico.crm.service.ReorderDue;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code pipeline/cadence.xhtml}: the overdue accounts of the caller (a rep) or their team (a manager). */
@Named
@RequestScoped
public class CadenceView {

    static final int LISTED = 200;

    @EJB
    private ContactCadence cadence;

    private List<OverdueAccount> overdue;
    private List<ReorderDue> reorders;

    public List<ReorderDue> getReorders() {
        if (reorders == null) {
            reorders = cadence.reorderDue(LISTED);
        }
        return reorders;
    }

    public List<OverdueAccount> getOverdue() {
        if (overdue == null) {
            overdue = cadence.overdue(LISTED);
        }
        return overdue;
    }
}
