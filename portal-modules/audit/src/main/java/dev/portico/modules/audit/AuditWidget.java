package dev.portico.modules.audit;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.review.ReviewStatus;
import dev.portico.access.review.ReviewSummary;
import dev.portico.access.service.AccessReviews;
import dev.portico.access.service.SegregationOfDuties;
import dev.portico.audit.domain.LedgerVerification;
import dev.portico.audit.service.GrantLedger;
import dev.portico.shell.spi.DeclaredWidget;
import dev.portico.shell.spi.WidgetContent;
import dev.portico.shell.spi.WidgetFigure;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * The auditor's tile: open review campaigns and how far they are decided, segregation-of-duties
 * conflicts, and the grant ledger verified now (the whole hash chain; the note says how many
 * entries, or where it broke).
 */
@ApplicationScoped
public class AuditWidget extends DeclaredWidget {

    @EJB
    private AccessReviews reviews;

    @EJB
    private SegregationOfDuties duties;

    @EJB
    private GrantLedger ledger;

    public AuditWidget() {
        super("audit", "dev.portico.modules.audit.messages", "widget.audit", Permission.of("audit", Action.VIEW), 90);
    }

    @Override
    public WidgetContent content(Locale locale) {
        List<ReviewSummary> open = reviews.campaigns().stream().filter(c -> c.status() == ReviewStatus.OPEN).toList();
        long decided = open.stream().mapToLong(ReviewSummary::decided).sum();
        long total = open.stream().mapToLong(ReviewSummary::total).sum();
        int conflicts = duties.violations().size();
        LedgerVerification verified = ledger.verify();
        List<WidgetFigure> figures = List.of(
                WidgetFigure.count("open-campaigns", text(locale, "widget.audit.openCampaigns"), open.size(), "/audit/reviews.xhtml"),
                new WidgetFigure("review-progress", text(locale, "widget.audit.progress"), decided + " / " + total, decided,
                        "/audit/reviews.xhtml", WidgetFigure.Tone.NEUTRAL),
                WidgetFigure.count("sod-conflicts", text(locale, "widget.audit.conflicts"), conflicts, "/audit/conflicts.xhtml", true),
                new WidgetFigure("ledger", text(locale, "widget.audit.ledger"), text(locale, verified.ok() ? "widget.audit.ledger.ok"
                        : "widget.audit.ledger.broken"), verified.entriesChecked(), "/audit/ledger.xhtml",
                        verified.ok() ? WidgetFigure.Tone.GOOD : WidgetFigure.Tone.ALERT));
        String note = verified.ok() ? new MessageFormat(text(locale, "widget.audit.ledger.note"), locale).format(new Object[] {verified.entriesChecked()})
                : new MessageFormat(text(locale, "widget.audit.ledger.brokenAt"), locale).format(new Object[] {String.valueOf(verified.firstBadSeq())});
        return WidgetContent.of(figures).noted(note);
    }
}
