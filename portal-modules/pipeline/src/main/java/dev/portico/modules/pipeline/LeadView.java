package dev.portico.modules.pipeline;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.crm.domain.Registration;
import dev.portico.crm.service.LeadSummary;
import dev.portico.crm.service.Leads;
import dev.portico.crm.service.Qualification;
import dev.portico.shell.RecordPages;
import dev.portico.shell.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Backs {@code leads/lead.xhtml?id=}: mark contacted, qualify, disqualify, and a manager's decision on a partner's registration. */
@Named
@ViewScoped
public class LeadView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Permission APPROVE = Permission.of("leads", Action.APPROVE);

    @EJB
    private transient Leads leads;

    @Inject
    private CurrentUser user;

    private String id;
    private LeadSummary lead;
    private String opportunityName;
    private BigDecimal amount;
    private LocalDate closeDate;
    private String reason;
    private String decideOwner;
    private String decideNote;
    private Long opportunityId;

    public void load() throws IOException {
        RecordPages.orNotFound(RecordPages.id(id).flatMap(leads::find)).ifPresent(found -> {
            lead = found;
            if (opportunityName == null) {
                opportunityName = found.company();
                amount = found.estimatedAmount();
            }
        });
    }

    public void contacted() {
        PipelinePages.run(PipelinePages.LEADS, "lead.markedContacted", () -> leads.contacted(lead.id()));
        reload();
    }

    public void qualify() {
        PipelinePages.run(PipelinePages.LEADS, "lead.qualified", () -> opportunityId = leads.qualify(lead.id(),
                new Qualification(opportunityName, amount, closeDate, null)).opportunityId());
        reload();
    }

    public void disqualify() {
        PipelinePages.run(PipelinePages.LEADS, "lead.disqualified", () -> leads.disqualify(lead.id(), reason));
        reload();
    }

    public void accept() {
        decide(true);
    }

    public void reject() {
        decide(false);
    }

    private void decide(boolean accept) {
        PipelinePages.run(PipelinePages.LEADS, "lead.decided", () -> leads.decideRegistration(lead.id(), accept, decideOwner, decideNote));
        reload();
    }

    private void reload() {
        lead = leads.find(lead.id()).orElse(lead);
    }

    public boolean isOpen() {
        return lead.status().open();
    }

    public boolean isDecidable() {
        return lead.registration() == Registration.PENDING && user.allows(APPROVE);
    }

    public LeadSummary getLead() {
        return lead;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getOpportunityName() {
        return opportunityName;
    }

    public void setOpportunityName(String opportunityName) {
        this.opportunityName = opportunityName;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getCloseDate() {
        return closeDate;
    }

    public void setCloseDate(LocalDate closeDate) {
        this.closeDate = closeDate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDecideOwner() {
        return decideOwner;
    }

    public void setDecideOwner(String decideOwner) {
        this.decideOwner = decideOwner;
    }

    public String getDecideNote() {
        return decideNote;
    }

    public void setDecideNote(String decideNote) {
        this.decideNote = decideNote;
    }
}
