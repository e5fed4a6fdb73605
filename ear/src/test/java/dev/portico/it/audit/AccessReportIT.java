package dev.portico.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.domain.Action;
import dev.portico.access.service.AccessDeniedException;
import dev.portico.audit.report.AccessReportFilter;
import dev.portico.audit.report.AccessReportRow;
import dev.portico.audit.report.EffectiveAccessReport;
import dev.portico.it.support.Csv;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.Pdfs;
import dev.portico.it.support.RunAsAuditor;
import dev.portico.it.support.RunAsSalesRep;
import dev.portico.platform.export.ExportFile;
import dev.portico.platform.export.ExportFormat;
import jakarta.ejb.EJB;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The effective access report in the server, on the demo realm in Keycloak and the policy in
 * MariaDB, read as audrey the auditor: what the personas may do, through which role and in
 * which scope; the filters; the user without access; the exports hold exactly the rows.
 *
 * <p>Other test classes publish policy versions and grant roles, and put them back; so this
 * class compares rows with each other and with the demo personas' standing roles, never with
 * a fixed policy version.
 */
@ExtendWith(ArquillianExtension.class)
class AccessReportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(AccessReportIT.class,
                List.of(Loader.class, RandomAccessRead.class, FontBoxFont.class),
                RunAsAuditor.class, RunAsSalesRep.class, Csv.class);
    }

    @EJB
    private EffectiveAccessReport report;

    @EJB
    private RunAsAuditor audrey;

    @EJB
    private RunAsSalesRep alice;

    @Test
    void aSalesRepViewsAndEditsCustomersOfHerTerritoryThroughSalesRep() throws Exception {
        List<AccessReportRow> customers = rows(AccessReportFilter.ANY, r -> r.username().equals("alice") && r.module().equals("customers"));

        assertEquals(List.of("VIEW", "EDIT"), customers.stream().map(AccessReportRow::action).toList());
        for (AccessReportRow row : customers) {
            assertEquals("Alice Archer", row.name());
            assertEquals("TERRITORY", row.scopes());
            assertEquals("sales-rep", row.roles());
            assertEquals("", row.organisations());
        }
    }

    @Test
    void aDistributorReachesHerOrganisationThroughThePartnerModuleOnly() throws Exception {
        assertTrue(rows(AccessReportFilter.ANY, r -> r.username().equals("dina") && r.module().equals("customers")).isEmpty(),
                "no internal customers rule for a partner (policy V20)");
        List<AccessReportRow> partner = rows(AccessReportFilter.ANY, r -> r.username().equals("dina") && r.module().equals("partner")
                && r.action().equals("VIEW"));
        assertEquals(1, partner.size(), () -> "partner:view once: " + partner);
        AccessReportRow view = partner.get(0);
        assertEquals("ORGANISATION", view.scopes());
        assertTrue(view.roles().contains("distributor"), view.roles());
        assertEquals("northwind", view.organisations());
    }

    @Test
    void filtersKeepExactlyTheMatchingRowsOfTheWholeReport() throws Exception {
        List<AccessReportRow> all = audrey.call(() -> report.rows(AccessReportFilter.ANY));

        List<AccessReportRow> customers = audrey.call(() -> report.rows(filter(null, null, "customers", null, null)));
        assertEquals(all.stream().filter(r -> r.module().equals("customers")).toList(), customers);
        assertTrue(customers.stream().anyMatch(r -> r.username().equals("alice")));
        assertTrue(customers.stream().noneMatch(r -> r.username().equals("audrey")), "the auditor has no customers access");

        List<AccessReportRow> northwind = audrey.call(() -> report.rows(filter(null, null, null, null, "northwind")));
        assertEquals(all.stream().filter(r -> r.username().equals("dina") || r.username().equals("nick")).toList(), northwind,
                "only Northwind's members");

        List<AccessReportRow> northwindEdits = audrey.call(() -> report.rows(filter(null, null, "partner", Action.EDIT, "northwind")));
        assertEquals(List.of("dina", "nick"), northwindEdits.stream().map(AccessReportRow::username).sorted().toList(), "one row per member");
        assertTrue(northwindEdits.stream().allMatch(r -> r.scopes().equals("ORGANISATION")));

        assertEquals(all.stream().filter(r -> r.username().equals("frank")).toList(),
                audrey.call(() -> report.rows(filter("FISCHER", null, null, null, null))), "a name, in any case");
        assertTrue(all.size() > customers.size());
    }

    @Test
    void aUserWithoutAnyPermissionAppearsOnce() throws Exception {
        String username = "it-nobody-" + UUID.randomUUID().toString().substring(0, 8);
        try (Keycloak admin = keycloakAdmin()) {
            RealmResource realm = admin.realm("portico");
            createUser(realm, username);
            try {
                List<AccessReportRow> rows = rows(AccessReportFilter.ANY, r -> r.username().equals(username));

                assertEquals(1, rows.size(), () -> "one row: " + rows);
                AccessReportRow row = rows.get(0);
                assertEquals(AccessReportRow.NO_ACCESS, row.scopes());
                assertEquals("", row.module());
                assertEquals("", row.action());
                assertEquals("Nora Nobody", row.name());
                assertFalse(row.hasAccess());
            } finally {
                realm.users().get(realm.users().searchByUsername(username, true).get(0).getId()).remove();
            }
        }
    }

    @Test
    void aSalesRepMayNotReadTheReport() {
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> report.rows(AccessReportFilter.ANY)));
        assertThrows(AccessDeniedException.class, () -> alice.call(() -> report.export(AccessReportFilter.ANY, ExportFormat.CSV)));
    }

    @Test
    void csvExportHoldsExactlyTheRowsOfTheScreen() throws Exception {
        List<AccessReportRow> rows = audrey.call(() -> report.rows(AccessReportFilter.ANY));
        ExportFile file = audrey.call(() -> report.export(AccessReportFilter.ANY, ExportFormat.CSV));

        assertEquals("text/csv; charset=UTF-8", file.contentType());
        assertTrue(file.filename().endsWith(".csv"));
        List<List<String>> records = Csv.parse(new String(file.content(), StandardCharsets.UTF_8));
        assertEquals(AccessReportRow.HEADERS, records.get(0));
        assertEquals(rows.stream().map(AccessReportRow::cells).toList(), records.subList(1, records.size()));
        assertTrue(records.stream().anyMatch(r -> r.get(0).equals("frank") && r.get(3).equals("partner-support, sales-manager")),
                "service:view comes from two of frank's roles, so a quoted field is read back: " + records);

        AccessReportFilter customers = filter(null, null, "customers", null, null);
        List<List<String>> filtered = Csv.parse(new String(audrey.call(() -> report.export(customers, ExportFormat.CSV)).content(),
                StandardCharsets.UTF_8));
        assertEquals(audrey.call(() -> report.rows(customers)).stream().map(AccessReportRow::cells).toList(),
                filtered.subList(1, filtered.size()), "a filtered export holds the filtered rows");
    }

    @Test
    void pdfExportNamesEveryUserThePolicyVersionAndTheAuditor() throws Exception {
        List<AccessReportRow> rows = audrey.call(() -> report.rows(AccessReportFilter.ANY));
        ExportFile file = audrey.call(() -> report.export(AccessReportFilter.ANY, ExportFormat.PDF));

        assertEquals("application/pdf", file.contentType());
        String text = Pdfs.compact(file.content());
        for (String username : rows.stream().map(AccessReportRow::username).distinct().toList()) {
            assertTrue(text.contains(username), () -> username + " missing from the PDF");
        }
        assertTrue(text.contains("Policyversion" + rows.get(0).policyVersion()), text);
        assertTrue(text.contains("byaudrey"), text);
    }

    private List<AccessReportRow> rows(AccessReportFilter filter, Predicate<AccessReportRow> which) throws Exception {
        return audrey.call(() -> report.rows(filter)).stream().filter(which).toList();
    }

    private static AccessReportFilter filter(String text, String role, String module, Action action, String organisation) {
        return new AccessReportFilter(text, role, module, action, organisation);
    }

    /** As Keycloak's bootstrap administrator: Portico's own service account may not create users. */
    private static Keycloak keycloakAdmin() {
        String provider = System.getenv().getOrDefault("PORTICO_OIDC_PROVIDER_URL", "http://localhost:8180/realms/portico");
        String server = provider.substring(0, provider.indexOf("/realms/"));
        return KeycloakBuilder.builder().serverUrl(server).realm("master").clientId("admin-cli")
                .username("admin").password("admin").build();
    }

    /** A user with only the realm's default roles, which the policy does not name. */
    private static void createUser(RealmResource realm, String username) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setFirstName("Nora");
        user.setLastName("Nobody");
        user.setEmail(username + "@example.test");
        user.setEnabled(true);
        try (Response response = realm.users().create(user)) {
            assertEquals(201, response.getStatus(), "Keycloak created the user");
        }
    }
}
