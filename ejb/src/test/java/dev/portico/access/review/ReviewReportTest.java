package dev.portico.access.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.platform.export.Table;
import dev.portico.platform.export.TableExporter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewReportTest {

    private static final Instant STARTED = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant DECIDED = Instant.parse("2025-03-02T14:30:05.123456Z");

    private final ReviewSummary closed = new ReviewSummary(12, "Q1 sales", "audrey", STARTED, "Quarterly review", ReviewStatus.CLOSED,
            Instant.parse("2025-03-09T08:00:00Z"), "audrey", 2, 3);

    private final List<ReviewItemSummary> items = List.of(
            new ReviewItemSummary(1, 12, "Q1 sales", STARTED, "alice", "sales-rep", "frank", Decision.ATTESTED, "Sells East", "frank", DECIDED),
            new ReviewItemSummary(2, 12, "Q1 sales", STARTED, "bob", "service-agent", "frank", Decision.REVOKED, "Moved, to finance", "frank", DECIDED),
            new ReviewItemSummary(3, 12, "Q1 sales", STARTED, "dina", "distributor", null, Decision.PENDING, null, null, null));

    @Test
    void oneRowPerItemWithTheAdministratorsNamedAndTimesInUtc() {
        Table table = ReviewReport.of(closed, items, "audrey", Instant.parse("2025-03-10T12:00:00Z"));

        assertEquals(ReviewReport.HEADERS, table.headers());
        assertEquals(List.of("alice", "sales-rep", "frank", "ATTESTED", "Sells East", "frank", "2025-03-02 14:30:05"), table.rows().get(0));
        assertEquals(List.of("dina", "distributor", "Portal administrators", "PENDING", "", "", ""), table.rows().get(2));
        assertEquals("Access review: Q1 sales", table.title());
    }

    @Test
    void theCaptionSaysWhichCampaignInWhatStateAndWhoExportedIt() {
        String caption = ReviewReport.of(closed, items, "audrey", Instant.parse("2025-03-10T12:00:00Z")).caption();

        for (String expected : List.of("Campaign 12, CLOSED (2 of 3 decided)", "Started by audrey at 2025-03-01 09:00:00 UTC",
                "ended at 2025-03-09 08:00:00 UTC by audrey", "Reason: Quarterly review", "Exported by audrey at 2025-03-10 12:00:00 UTC")) {
            assertTrue(caption.contains(expected), () -> expected + " missing from " + caption);
        }
    }

    @Test
    void asCsvTheCommentWithACommaStaysOneField() {
        String csv = new String(TableExporter.csv(ReviewReport.of(closed, items, "audrey", STARTED)), StandardCharsets.UTF_8);

        assertTrue(csv.startsWith("User,Role,Reviewer,Decision,Comment,Decided by,Decided at (UTC)\r\n"));
        assertTrue(csv.contains("bob,service-agent,frank,REVOKED,\"Moved, to finance\",frank,2025-03-02 14:30:05\r\n"), csv);
    }
}
