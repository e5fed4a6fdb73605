package dev.portico.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.review.Decision;
import dev.portico.access.review.NoSuchReviewItemException;
import dev.portico.access.review.ReviewItemDecidedException;
import dev.portico.access.review.ReviewItemSummary;
import dev.portico.access.review.ReviewNotOpenException;
import dev.portico.access.review.ReviewRejectedException;
import dev.portico.access.review.ReviewStatus;
import dev.portico.access.review.ReviewSummary;
import dev.portico.access.service.AccessDeniedException;
import dev.portico.access.service.AccessReviews;
import dev.portico.access.service.ReviewDecisions;
import dev.portico.audit.domain.LedgerEntry;
import dev.portico.audit.domain.LedgerEvent;
import dev.portico.audit.service.GrantLedger;
import dev.portico.audit.service.LedgerFilter;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.KeycloakAdmin;
import dev.portico.it.support.Pdfs;
import dev.portico.it.support.RunAsAuditor;
import dev.portico.it.support.RunAsPortalAdmin;
import dev.portico.it.support.RunAsSalesManager;
import dev.portico.it.support.RunAsSalesRep;
import dev.portico.it.support.RunAsSecondAdmin;
import dev.portico.platform.export.ExportFile;
import dev.portico.platform.export.ExportFormat;
import dev.portico.platform.paging.PageRequest;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access-review campaigns against the real stack: audrey starts them, frank decides his team's
 * grants, the administrators those of users without a manager. A revocation is checked in
 * Keycloak's own admin API, every step in the ledger, the result in its CSV and PDF exports.
 * Every role taken away is given back, so later tests find the demo realm as imported.
 */
@ExtendWith(ArquillianExtension.class)
class AccessReviewsIT {

    /** Roles every user has that no campaign asks about. */
    private static final Set<String> NOT_JOB_ROLES = Set.of("employee", "partner", "offline_access", "uma_authorization",
            "default-roles-portico");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(AccessReviewsIT.class, List.of(Loader.class, RandomAccessRead.class, FontBoxFont.class),
                RunAsAuditor.class, RunAsSalesManager.class, RunAsPortalAdmin.class, RunAsSecondAdmin.class, RunAsSalesRep.class,
                KeycloakAdmin.class);
    }

    @EJB
    private AccessReviews reviews;

    @EJB
    private ReviewDecisions decisions;

    @EJB
    private GrantLedger ledger;

    @EJB
    private RunAsAuditor audrey;

    @EJB
    private RunAsSalesManager frank;

    @EJB
    private RunAsPortalAdmin ada;

    @EJB
    private RunAsSecondAdmin zara;

    @EJB
    private RunAsSalesRep alice;

    @Test
    void franksTeamIsHisToReviewAndARevocationLeavesKeycloak() throws Exception {
        ReviewSummary started = audrey.call(() -> reviews.start("Sales team " + UUID.randomUUID(), Set.of("alice", "bob"),
                "Quarterly access review"));
        long id = started.id();
        List<ReviewItemSummary> items = audrey.call(() -> reviews.items(id));

        assertEquals(Map.of("alice", jobRoles("alice"), "bob", jobRoles("bob")), rolesByUser(items), "one item per direct job role");
        assertTrue(items.stream().anyMatch(i -> i.username().equals("alice") && i.role().equals("sales-rep")));
        assertTrue(items.stream().anyMatch(i -> i.username().equals("bob") && i.role().equals("service-agent")));
        assertTrue(items.stream().allMatch(i -> "frank".equals(i.reviewer()) && i.decision() == Decision.PENDING), "their manager reviews");
        assertEquals(List.of(LedgerEvent.REVIEW_STARTED), events("review:" + id, 5));
        assertEquals(Set.copyOf(ids(items)), Set.copyOf(ids(inReview(id, frank.call(decisions::queue)))), "all in frank's queue");
        assertEquals(List.of(), inReview(id, ada.call(decisions::queue)), "not in the administrators' queue");

        long alicesRole = item(items, "alice", "sales-rep").id();
        long bobsRole = item(items, "bob", "service-agent").id();
        try {
            frank.call(deciding(alicesRole, Decision.ATTESTED, "Still sells in the East"));
            assertThrows(ReviewItemDecidedException.class, () -> frank.call(deciding(alicesRole, Decision.REVOKED, "Second thoughts")));

            frank.call(deciding(bobsRole, Decision.REVOKED, "Moved to finance and no longer on the service desk"));
            assertFalse(KeycloakAdmin.realmRoles("bob").contains("service-agent"), "gone in Keycloak");
            for (ReviewItemSummary other : items) {
                if (other.id() != alicesRole && other.id() != bobsRole) {
                    frank.call(deciding(other.id(), Decision.ATTESTED, "Still needed"));
                }
            }

            LedgerEntry attested = latest("alice", LedgerEvent.REVIEW_ATTESTED);
            assertEquals("role sales-rep in review " + id, attested.detail());
            assertEquals("Still sells in the East", attested.reason());
            assertEquals("frank", attested.actor());
            LedgerEntry revoked = latest("bob", LedgerEvent.ROLE_REVOKED);
            assertEquals("role service-agent", revoked.detail());
            assertEquals("Access review " + id + ": Moved to finance and no longer on the service desk", revoked.reason());
            assertEquals("frank", revoked.actor());

            ReviewSummary completed = audrey.call(() -> reviews.campaign(id));
            assertEquals(ReviewStatus.COMPLETED, completed.status());
            assertEquals(items.size(), completed.decided());
            assertEquals(List.of(LedgerEvent.REVIEW_COMPLETED, LedgerEvent.REVIEW_STARTED), events("review:" + id, 5));
            assertThrows(ReviewItemDecidedException.class, () -> frank.call(deciding(bobsRole, Decision.ATTESTED, "Undo")),
                    "a decision stays final after the campaign completed");
            assertEquals(List.of(), inReview(id, frank.call(decisions::queue)));
            assertTrue(ids(frank.call(decisions::decidedByMe)).containsAll(ids(items)));

            assertExportsShowTheDecisions(id, items.size());
        } finally {
            if (!KeycloakAdmin.realmRoles("bob").contains("service-agent")) {
                KeycloakAdmin.grantRealmRole("bob", "service-agent");
            }
        }
    }

    private void assertExportsShowTheDecisions(long id, int itemCount) throws Exception {
        ExportFile csv = audrey.call(() -> reviews.export(id, ExportFormat.CSV));
        assertEquals("access-review-" + id + ".csv", csv.filename());
        List<List<String>> rows = Arrays.stream(new String(csv.content(), StandardCharsets.UTF_8).split("\r\n"))
                .map(line -> List.of(line.split(",", -1)))
                .toList();
        assertEquals(List.of("User", "Role", "Reviewer", "Decision", "Comment", "Decided by", "Decided at (UTC)"), rows.get(0));
        assertEquals(itemCount + 1, rows.size());
        List<String> alices = row(rows, "alice", "sales-rep");
        assertEquals(List.of("frank", "ATTESTED", "Still sells in the East", "frank"), alices.subList(2, 6));
        assertTrue(alices.get(6).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), alices.get(6));
        assertEquals(List.of("frank", "REVOKED", "Moved to finance and no longer on the service desk", "frank"),
                row(rows, "bob", "service-agent").subList(2, 6));

        ExportFile pdf = audrey.call(() -> reviews.export(id, ExportFormat.PDF));
        assertEquals("application/pdf", pdf.contentType());
        String text = Pdfs.text(pdf.content());
        for (String expected : List.of("Access review: Sales team", "COMPLETED", "alice", "bob", "sales-rep", "service-agent",
                "ATTESTED", "REVOKED", "Still sells in the East")) {
            assertTrue(text.contains(expected), () -> expected + " missing from the PDF:\n" + text);
        }
        assertThrows(AccessDeniedException.class, () -> frank.call(() -> reviews.export(id, ExportFormat.CSV)), "audit:export only");
    }

    @Test
    void usersWithoutAManagerAreTheAdministratorsToReviewButNeverTheirOwn() throws Exception {
        ReviewSummary started = audrey.call(() -> reviews.start("Partners and admins " + UUID.randomUUID(), Set.of("tess", "ada"),
                "Yearly partner review"));
        long id = started.id();
        List<ReviewItemSummary> items = audrey.call(() -> reviews.items(id));
        ReviewItemSummary dinas = item(items, "tess", "supplier");
        ReviewItemSummary adas = item(items, "ada", "portal-admin");
        assertNull(dinas.reviewer());
        assertNull(adas.reviewer(), "staff without a manager: the administrators");

        assertEquals(List.of(dinas.id()), ids(inReview(id, ada.call(decisions::queue))), "ada reviews tess, not herself");
        assertEquals(Set.copyOf(ids(items)), Set.copyOf(ids(inReview(id, zara.call(decisions::queue)))), "a second admin reviews both");
        assertEquals(List.of(), inReview(id, frank.call(decisions::queue)));

        NoSuchReviewItemException notHis = assertThrows(NoSuchReviewItemException.class,
                () -> frank.call(deciding(dinas.id(), Decision.REVOKED, "Not my team but I try")));
        long madeUp = dinas.id() + 1_000_000;
        NoSuchReviewItemException missing = assertThrows(NoSuchReviewItemException.class,
                () -> frank.call(deciding(madeUp, Decision.REVOKED, "No such item")));
        assertEquals(missing.getMessage().replace(Long.toString(madeUp), "#"), notHis.getMessage().replace(Long.toString(dinas.id()), "#"),
                "another reviewer's item is answered like a missing one");
        assertThrows(NoSuchReviewItemException.class, () -> ada.call(deciding(adas.id(), Decision.ATTESTED, "I still need it")));

        ada.call(deciding(dinas.id(), Decision.ATTESTED, "Acme contract runs until next year"));
        ReviewSummary closed = audrey.call(() -> reviews.close(id, "Pilot campaign ends today"));

        assertEquals(ReviewStatus.CLOSED, closed.status());
        assertEquals(1, closed.undecided());
        LedgerEntry ended = latestAbout("review:" + id);
        assertEquals(LedgerEvent.REVIEW_COMPLETED, ended.event());
        assertTrue(ended.detail().endsWith("closed early with 1 of 2 undecided"), ended.detail());
        assertEquals("Pilot campaign ends today", ended.reason());
        assertEquals(Decision.PENDING, item(audrey.call(() -> reviews.items(id)), "ada", "portal-admin").decision(),
                "an undecided grant stays PENDING in the result");
        assertThrows(ReviewNotOpenException.class, () -> zara.call(deciding(adas.id(), Decision.ATTESTED, "Too late")));
        assertThrows(ReviewNotOpenException.class, () -> audrey.call(() -> reviews.close(id, "Again")));
        assertEquals(List.of(), inReview(id, zara.call(decisions::queue)));
    }

    @Test
    void onlyAuditorsStartAndOnlyReviewersDecide() throws Exception {
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> reviews.start("Mine", Set.of("bob"), "Curious")));
        assertThrows(AccessDeniedException.class, () -> frank.call(() -> reviews.start("Mine", Set.of("alice"), "Curious")));
        assertThrows(AccessDeniedException.class, () -> audrey.call(decisions::queue), "the auditor changes no access");

        List<String> candidates = audrey.call(reviews::candidates);
        assertTrue(candidates.containsAll(List.of("alice", "dina", "frank")), "the start form offers the directory's users: " + candidates);
        assertFalse(candidates.stream().anyMatch(u -> u.startsWith("service-account-")), "not service accounts");

        int before = audrey.call(reviews::campaigns).size();
        ReviewRejectedException unknown = assertThrows(ReviewRejectedException.class,
                () -> audrey.call(() -> reviews.start("Ghosts", Set.of("alice", "nobody-" + UUID.randomUUID()), "Check")));
        assertTrue(unknown.getMessage().contains("nobody-"), unknown.getMessage());
        assertEquals(before, audrey.call(reviews::campaigns).size(), "nothing created");
    }

    /** The call a reviewer makes, to be run as one persona: {@code frank.call(deciding(...)))}. */
    private Callable<Void> deciding(long itemId, Decision decision, String comment) {
        return () -> {
            decisions.decide(itemId, decision, comment);
            return null;
        };
    }

    private LedgerEntry latest(String subject, LedgerEvent event) throws Exception {
        return audrey.call(() -> ledger.history(new LedgerFilter(subject, event, null, null, null), new PageRequest(0, 1, null, true))).get(0);
    }

    private LedgerEntry latestAbout(String subject) throws Exception {
        return audrey.call(() -> ledger.history(LedgerFilter.aboutSubject(subject), new PageRequest(0, 1, null, true))).get(0);
    }

    private List<LedgerEvent> events(String subject, int count) throws Exception {
        return audrey.call(() -> ledger.history(LedgerFilter.aboutSubject(subject), new PageRequest(0, count, null, true)))
                .stream().map(LedgerEntry::event).toList();
    }

    /** The user's direct job roles as Keycloak itself has them. */
    private static Set<String> jobRoles(String username) {
        return KeycloakAdmin.realmRoles(username).stream().filter(r -> !NOT_JOB_ROLES.contains(r)).collect(Collectors.toSet());
    }

    private static Map<String, Set<String>> rolesByUser(List<ReviewItemSummary> items) {
        return items.stream().collect(Collectors.groupingBy(ReviewItemSummary::username,
                Collectors.mapping(ReviewItemSummary::role, Collectors.toSet())));
    }

    private static List<ReviewItemSummary> inReview(long id, List<ReviewItemSummary> items) {
        return items.stream().filter(i -> i.reviewId() == id).toList();
    }

    private static List<Long> ids(List<ReviewItemSummary> items) {
        return items.stream().map(ReviewItemSummary::id).toList();
    }

    private static ReviewItemSummary item(List<ReviewItemSummary> items, String username, String role) {
        return items.stream().filter(i -> i.username().equals(username) && i.role().equals(role)).findFirst()
                .orElseThrow(() -> new AssertionError("no item for " + username + "'s " + role + " in " + items));
    }

    private static List<String> row(List<List<String>> rows, String username, String role) {
        return rows.stream().filter(r -> r.get(0).equals(username) && r.get(1).equals(role)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + username + "'s " + role + " in " + rows));
    }
}
