package dev.portico.modules.audit;

import dev.portico.access.service.PendingGrant;
import dev.portico.access.service.SegregationOfDuties;
import dev.portico.access.service.SodPair;
import dev.portico.access.service.SodViolation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code audit/conflicts.xhtml}: the configured pairs, who holds both sides today, and held-back grants. */
@Named
@ViewScoped
public class ConflictsView implements Serializable {

    @EJB
    private transient SegregationOfDuties duties;

    private List<SodPair> pairs;
    private List<SodViolation> violations;
    private List<PendingGrant> pending;

    @PostConstruct
    void load() {
        pairs = duties.pairs();
        violations = duties.violations();
        pending = duties.pendingGrants();
    }

    public List<SodPair> getPairs() {
        return pairs;
    }

    public List<SodViolation> getViolations() {
        return violations;
    }

    public List<PendingGrant> getPending() {
        return pending;
    }
}
