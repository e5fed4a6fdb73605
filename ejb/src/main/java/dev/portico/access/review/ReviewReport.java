package dev.portico.access.review;

import dev.portico.platform.export.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A campaign's result as a {@link Table}: one row per item, the campaign in the caption, times in UTC. */
public final class ReviewReport {

    static final List<String> HEADERS = List.of("User", "Role", "Reviewer", "Decision", "Comment", "Decided by", "Decided at (UTC)");
    static final String ADMINISTRATORS = "Portal administrators";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private ReviewReport() {
    }

    public static Table of(ReviewSummary review, List<ReviewItemSummary> items, String exportedBy, Instant exportedAt) {
        String caption = "Campaign " + review.id() + ", " + review.status() + " (" + review.decided() + " of " + review.total()
                + " decided). Started by " + review.startedBy() + " at " + time(review.startedAt()) + " UTC"
                + (review.closedAt() == null ? "" : ", ended at " + time(review.closedAt()) + " UTC"
                        + (review.closedBy() == null ? "" : " by " + review.closedBy()))
                + ". Reason: " + review.reason() + ". Exported by " + exportedBy + " at " + time(exportedAt) + " UTC.";
        List<List<String>> rows = items.stream()
                .map(item -> List.of(item.username(), item.role(), item.reviewer() == null ? ADMINISTRATORS : item.reviewer(),
                        item.decision().name(), text(item.comment()), text(item.decidedBy()), time(item.decidedAt())))
                .toList();
        return new Table("Access review: " + review.name(), caption, HEADERS, rows);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static String time(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
