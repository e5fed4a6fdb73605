package dev.portico.modules.pipeline;

import dev.portico.crm.domain.InteractionKind;
import dev.portico.crm.service.Activities;
import dev.portico.crm.service.ActivitySummary;
import dev.portico.crm.service.NewActivity;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code pipeline/calendar.xhtml}: the planned activities in reach for the next two weeks
 * (a rep's own, a manager's team's), each to be marked done with its outcome or cancelled, and a
 * form to plan one (times in UTC until the pages learn the user's zone).
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DAYS = 14;

    @EJB
    private transient Activities activities;

    private List<ActivitySummary> planned;
    private final Map<Long, String> outcomes = new HashMap<>();

    private Long accountId;
    private Long opportunityId;
    private InteractionKind kind = InteractionKind.CALL;
    private LocalDateTime at;
    private String summary;

    public List<ActivitySummary> getPlanned() {
        if (planned == null) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            planned = activities.calendar(today.minusDays(7), today.plusDays(DAYS));
        }
        return planned;
    }

    public void plan() {
        if (PipelinePages.run(PipelinePages.MESSAGES, "calendar.planned", () -> activities.plan(new NewActivity(accountId == null ? 0 : accountId,
                opportunityId, kind, at == null ? null : at.toInstant(ZoneOffset.UTC), null, summary)))) {
            summary = null;
            planned = null;
        }
    }

    public void done(long id) {
        PipelinePages.run(PipelinePages.MESSAGES, "calendar.done", () -> activities.done(id, outcomes.get(id), null));
        planned = null;
    }

    public void cancel(long id) {
        PipelinePages.run(PipelinePages.MESSAGES, "calendar.cancelled", () -> activities.cancel(id));
        planned = null;
    }

    public List<InteractionKind> getKinds() {
        return List.of(InteractionKind.values());
    }

    public Map<Long, String> getOutcomes() {
        return outcomes;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public void setOpportunityId(Long opportunityId) {
        this.opportunityId = opportunityId;
    }

    public InteractionKind getKind() {
        return kind;
    }

    public void setKind(InteractionKind kind) {
        this.kind = kind;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
