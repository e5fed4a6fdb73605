package dev.portico.modules.reviews;

import dev.portico.access.review.Decision;
import dev.portico.access.review.NoSuchReviewItemException;
import dev.portico.access.review.ReviewItemDecidedException;
import dev.portico.access.review.ReviewItemSummary;
import dev.portico.access.review.ReviewNotOpenException;
import dev.portico.access.service.ReviewDecisions;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** Backs {@code reviews/queue.xhtml}: the grants waiting for the caller's decision, and their recent decisions. */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

    @EJB
    private transient ReviewDecisions decisions;

    private List<ReviewItemSummary> pending;
    private List<ReviewItemSummary> decided;
    /** The comment typed on each row, by item id. */
    private final Map<Long, String> comments = new HashMap<>();

    @PostConstruct
    void load() {
        pending = decisions.queue();
        decided = decisions.decidedByMe();
    }

    public void attest(ReviewItemSummary item) {
        decide(item, Decision.ATTESTED, "queue.attested");
    }

    public void revoke(ReviewItemSummary item) {
        decide(item, Decision.REVOKED, "queue.revoked");
    }

    /** Someone else may have decided or closed meanwhile: that is a message, and the lists are re-read. */
    private void decide(ReviewItemSummary item, Decision decision, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            decisions.decide(item.id(), decision, comments.get(item.id()));
            comments.remove(item.id());
            String text = ResourceBundle.getBundle("dev.portico.modules.reviews.messages", faces.getViewRoot().getLocale()).getString(doneKey);
            faces.addMessage(null, new FacesMessage(MessageFormat.format(text, item.role(), item.username())));
        } catch (NoSuchReviewItemException | ReviewItemDecidedException | ReviewNotOpenException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, refused.getMessage(), null));
        }
        load();
    }

    public List<ReviewItemSummary> getPending() {
        return pending;
    }

    public List<ReviewItemSummary> getDecided() {
        return decided;
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
