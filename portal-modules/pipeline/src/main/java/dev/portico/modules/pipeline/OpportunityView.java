package dev.portico.modules.pipeline;

import dev.portico.crm.domain.Stage;
import dev.portico.crm.service.Activities;
import dev.portico.crm.service.ActivitySummary;
import dev.portico.crm.service.Opportunities;
import dev.portico.crm.service.OpportunityDetail;
import dev.portico.shell.RecordPages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Backs {@code pipeline/opportunity.xhtml?id=}: the opportunity, its history and quotes; move it, tie a quote. */
@Named
@ViewScoped
public class OpportunityView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient Opportunities opportunities;

    @EJB
    private transient Activities activities;

    private List<ActivitySummary> activityList;

    private String id;
    private OpportunityDetail detail;
    private Stage to;
    private String note;
    private Long quoteId;

    public void load() throws IOException {
        RecordPages.orNotFound(RecordPages.id(id).flatMap(opportunities::find)).ifPresent(found -> detail = found);
    }

    public void move() {
        if (PipelinePages.run(PipelinePages.MESSAGES, "opportunity.moved", () -> opportunities.move(detail.opportunity().id(), to, note))) {
            note = null;
        }
        reload();
    }

    public void attach() {
        PipelinePages.run(PipelinePages.MESSAGES, "opportunity.attached",
                () -> opportunities.attachQuote(detail.opportunity().id(), quoteId == null ? 0 : quoteId));
        reload();
    }

    private void reload() {
        detail = opportunities.find(detail.opportunity().id()).orElse(detail);
    }

    /** Where it may be moved by hand: any other open stage, or lost. */
    public List<Stage> getTargets() {
        return List.of(Stage.values()).stream().filter(s -> s != Stage.WON && s != detail.opportunity().stage()).toList();
    }

    public boolean isClosed() {
        return detail.opportunity().stage().closed();
    }

    public List<ActivitySummary> getActivities() {
        if (activityList == null) {
            activityList = activities.ofOpportunity(detail.opportunity().id());
        }
        return activityList;
    }

    public OpportunityDetail getDetail() {
        return detail;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Stage getTo() {
        return to;
    }

    public void setTo(Stage to) {
        this.to = to;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getQuoteId() {
        return quoteId;
    }

    public void setQuoteId(Long quoteId) {
        this.quoteId = quoteId;
    }
}
