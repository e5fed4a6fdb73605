package dev.portico.modules.audit;

import dev.portico.access.review.NoSuchReviewException;
import dev.portico.access.review.ReviewItemSummary;
import dev.portico.access.review.ReviewNotOpenException;
import dev.portico.access.review.ReviewRejectedException;
import dev.portico.access.review.ReviewSummary;
import dev.portico.access.service.AccessReviews;
import dev.portico.platform.export.ExportFormat;
import dev.portico.shell.Downloads;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;

/** Backs {@code audit/reviews.xhtml}: the campaigns, starting one, and one campaign's items with export and close. */
@Named
@ViewScoped
public class ReviewsView implements Serializable {

    @EJB
    private transient AccessReviews reviews;

    private List<ReviewSummary> campaigns;
    private List<String> candidates;
    private ReviewSummary selected;
    private List<ReviewItemSummary> items = List.of();

    private String name;
    private String reason;
    private List<String> usernames = new ArrayList<>();
    private String closeReason;

    @PostConstruct
    void load() {
        campaigns = reviews.campaigns();
    }

    public void start() {
        try {
            ReviewSummary started = reviews.start(name, new HashSet<>(usernames), reason);
            name = null;
            reason = null;
            usernames = new ArrayList<>();
            show(started.id());
            info("reviews.started", started.name(), started.total());
        } catch (ReviewRejectedException rejected) {
            warn(rejected.getMessage());
        }
    }

    public void open(long id) {
        try {
            show(id);
        } catch (NoSuchReviewException gone) {
            warn(gone.getMessage());
        }
    }

    public void close() {
        try {
            ReviewSummary closed = reviews.close(selected.id(), closeReason);
            closeReason = null;
            show(closed.id());
            info("reviews.closed", closed.name(), closed.undecided());
        } catch (ReviewNotOpenException | NoSuchReviewException refused) {
            warn(refused.getMessage());
        }
    }

    public void exportCsv() {
        Downloads.send(reviews.export(selected.id(), ExportFormat.CSV));
    }

    public void exportPdf() {
        Downloads.send(reviews.export(selected.id(), ExportFormat.PDF));
    }

    private void show(long id) {
        selected = reviews.campaign(id);
        items = reviews.items(id);
        campaigns = reviews.campaigns();
    }

    private static void info(String key, Object... arguments) {
        ResourceBundle messages = ResourceBundle.getBundle("dev.portico.modules.audit.messages",
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(MessageFormat.format(messages.getString(key), arguments)));
    }

    /** A refused action is a message on the page, not an error page. */
    private static void warn(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }

    /** Read once per view, when the start form first renders. */
    public List<String> getCandidates() {
        if (candidates == null) {
            candidates = reviews.candidates();
        }
        return candidates;
    }

    public List<ReviewSummary> getCampaigns() {
        return campaigns;
    }

    public ReviewSummary getSelected() {
        return selected;
    }

    public List<ReviewItemSummary> getItems() {
        return items;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<String> getUsernames() {
        return usernames;
    }

    public void setUsernames(List<String> usernames) {
        this.usernames = usernames;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }
}
