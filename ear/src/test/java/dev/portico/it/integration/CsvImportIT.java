package dev.portico.it.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.service.AccessDeniedException;
import dev.portico.integration.imports.CsvImports;
import dev.portico.integration.imports.ImportResult;
import dev.portico.integration.imports.RowError;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsPortalAdmin;
import dev.portico.it.support.RunAsWarehouse;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CSV imports in the real server: a good file lands row for row in MariaDB; a file with a bad
 * row names its line (counting the header and the lines of quoted line breaks) and leaves the
 * database as it was; callers without the permission are refused. Every name and SKU is this
 * test's own, and removed afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class CsvImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(CsvImportIT.class, RunAsPortalAdmin.class, RunAsWarehouse.class);
    }

    @EJB
    private CsvImports imports;

    @EJB
    private RunAsPortalAdmin ada;

    @EJB
    private RunAsWarehouse erin;

    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeImported() throws SQLException {
        update("DELETE FROM customer_account WHERE name LIKE ?", "%" + tag + "%");
        update("DELETE FROM stock_movement WHERE sku LIKE ?", "%" + tag.toUpperCase() + "%");
        update("DELETE FROM product WHERE sku LIKE ?", "%" + tag.toUpperCase() + "%");
    }

    @Test
    void aGoodAccountsFileImportsEveryRow() throws Exception {
        String csv = "name,territory,owner,partner,city,country\r\n"
                + "\"Harbour, Rope & \"\"Sail\"\" " + tag + "\",east,alice,northwind,Boston,us\r\n"
                + "Tidewater " + tag + ",WEST,frank,,\"Salt Lake\nCity\",US\r\n"
                + "Upland " + tag + ",NORTH,frank,southwind,,\r\n";

        ImportResult result = ada.call(() -> imports.importAccounts(file(csv)));

        assertTrue(result.accepted(), result.errors().toString());
        assertEquals(3, result.rows());
        assertEquals(3, result.created());
        assertEquals(List.of("Harbour, Rope & \"Sail\" " + tag + "|EAST|alice|northwind|US|PROSPECT",
                        "Tidewater " + tag + "|WEST|frank||US|PROSPECT", "Upland " + tag + "|NORTH|frank|southwind||PROSPECT"),
                rows("SELECT CONCAT_WS('|', a.name, a.territory, a.owner_username, COALESCE(o.alias, ''), COALESCE(a.country, ''), a.status) "
                        + "FROM customer_account a LEFT JOIN organisation o ON o.id = a.partner_organisation_id WHERE a.name LIKE ? ORDER BY a.name",
                        "%" + tag));
        assertEquals(List.of("Salt Lake\nCity"), rows("SELECT city FROM customer_account WHERE name = ?", "Tidewater " + tag));
    }

    @Test
    void oneBadRowRejectsTheFileNamingItsLineAndNothingIsWritten() throws Exception {
        String csv = "name,territory,owner,city\n"
                + "Good One " + tag + ",EAST,alice,\"Two\nlines\"\n"
                + "Good Two " + tag + ",EAST,alice,Boston\n"
                + "Bad Three " + tag + ",MIDDLE,alice,Boston\n"
                + "Good Four " + tag + ",EAST,alice,Boston\n";

        ImportResult result = ada.call(() -> imports.importAccounts(file(csv)));

        assertFalse(result.accepted());
        assertEquals(List.of(new RowError(5, "territory must be one of EAST, WEST, NORTH, SOUTH, not 'MIDDLE'")), result.errors());
        assertEquals(0, result.created());
        assertEquals(List.of(), rows("SELECT name FROM customer_account WHERE name LIKE ?", "%" + tag));
    }

    /** 700 good rows: the first 500 are written before the bad last row is read, and rolled back with the file. */
    @Test
    void aBadRowAfterAWrittenChunkStillLeavesNothing() throws Exception {
        StringBuilder csv = new StringBuilder("name,territory,owner\n");
        for (int i = 1; i <= 700; i++) {
            csv.append("Bulk ").append(i).append(' ').append(tag).append(",SOUTH,frank\n");
        }
        csv.append("Bulk last ").append(tag).append(",SOUTH,\n");

        ImportResult result = ada.call(() -> imports.importAccounts(file(csv.toString())));

        assertEquals(701, result.rows());
        assertEquals(List.of(new RowError(702, "owner is required")), result.errors());
        assertEquals(List.of(), rows("SELECT name FROM customer_account WHERE name LIKE ?", "%" + tag));
    }

    @Test
    void aFileThatIsNotTheExpectedCsvIsRefusedAtItsLine() throws Exception {
        ImportResult header = ada.call(() -> imports.importAccounts(file("name,territory,colour\nX " + tag + ",EAST,red\n")));
        ImportResult unclosed = ada.call(() -> imports.importAccounts(file("name,territory,owner\nA " + tag + ",EAST,alice\n\"B,EAST,alice\n")));
        ImportResult empty = ada.call(() -> imports.importAccounts(file("")));

        assertEquals(List.of(new RowError(1, "unknown column 'colour'; column owner is missing "
                + "(columns: name, territory, owner, partner, city, country)")), header.errors());
        assertEquals(List.of(new RowError(3, "not valid CSV: a quoted field is never closed")), unclosed.errors());
        assertEquals(1, empty.errors().get(0).line());
        assertEquals(List.of(), rows("SELECT name FROM customer_account WHERE name LIKE ?", "%" + tag));
    }

    @Test
    void everyBadRowIsListedWithItsReason() throws Exception {
        String csv = "name,territory,owner,partner,country\n"
                + "Blue Harbor Foods,EAST,alice,,\n"
                + "Twin " + tag + ",EAST,alice,,\n"
                + "twin " + tag + ",EAST,alice,,\n"
                + "Nobody " + tag + ",EAST,zoe,,\n"
                + "Stranger " + tag + ",EAST,alice,acme,\n"
                + ",EAST,alice,,USA\n"
                + "Short " + tag + ",EAST\n";

        ImportResult result = ada.call(() -> imports.importAccounts(file(csv)));

        assertEquals(List.of(2, 4, 5, 6, 7, 8), result.errors().stream().map(RowError::line).toList(), result.errors().toString());
        assertEquals(6, result.errorCount());
        assertTrue(result.errors().get(0).reason().contains("already exists"));
        assertTrue(result.errors().get(1).reason().contains("same name"));
        assertTrue(result.errors().get(2).reason().contains("'zoe' is not a member of staff"));
        assertTrue(result.errors().get(3).reason().contains("'acme' is not a known distributor"));
        assertEquals("name is required; country must be a two-letter ISO code, not 'USA'", result.errors().get(4).reason());
        assertEquals("has 2 fields, the header has 5", result.errors().get(5).reason());
        assertEquals(List.of(), rows("SELECT name FROM customer_account WHERE name LIKE ?", "%" + tag));
    }

    @Test
    void theWarehouseImportsProductsCreatingNewAndUpdatingKnownSkus() throws Exception {
        String known = "IMP-" + tag.toUpperCase() + "-1";
        update("INSERT INTO product (sku, name, unit_price, currency, stock_on_hand, reserved, reorder_level) "
                + "VALUES (?, 'Old name', 1.00, 'EUR', 10, 4, 0)", known);
        String csv = "sku,name,unit_price,currency,stock_on_hand,reorder_level,supplier\n"
                + known + ",\"Bolts, M6\",2.50,EUR,12,3,acme\n"
                + "IMP-" + tag.toUpperCase() + "-2,Nuts,0.99,usd,,,\n";

        ImportResult result = erin.call(() -> imports.importProducts(file(csv)));

        assertTrue(result.accepted(), result.errors().toString());
        assertEquals(1, result.created());
        assertEquals(1, result.updated());
        assertEquals(List.of(known + "|Bolts, M6|2.50|EUR|12|4|3|acme", "IMP-" + tag.toUpperCase() + "-2|Nuts|0.99|USD|0|0|0|"),
                rows("SELECT CONCAT_WS('|', p.sku, p.name, p.unit_price, p.currency, p.stock_on_hand, p.reserved, p.reorder_level, "
                        + "COALESCE(o.alias, '')) FROM product p LEFT JOIN organisation o ON o.id = p.supplier_organisation_id "
                        + "WHERE p.sku LIKE ? ORDER BY p.sku", "IMP-" + tag.toUpperCase() + "%"));
        assertEquals(List.of(known + "|ADJUSTMENT|2|0|erin|CSV product import"),
                rows("SELECT CONCAT_WS('|', sku, kind, on_hand_change, reserved_change, actor, reason) FROM stock_movement "
                        + "WHERE sku LIKE ? ORDER BY id", "IMP-" + tag.toUpperCase() + "%"),
                "the count is recorded like an on-screen one: one movement per changed product, by the importer");
    }

    @Test
    void aBadProductRowLeavesTheCatalogueAsItWas() throws Exception {
        String known = "IMP-" + tag.toUpperCase() + "-1";
        update("INSERT INTO product (sku, name, unit_price, currency, stock_on_hand, reserved, reorder_level) "
                + "VALUES (?, 'Old name', 1.00, 'EUR', 10, 4, 0)", known);
        String csv = "sku,name,unit_price,currency,stock_on_hand\n"
                + known + ",New name,2.00,EUR,3\n"
                + "IMP-" + tag.toUpperCase() + "-2,Nuts,-1,EUR,5\n"
                + "IMP-" + tag.toUpperCase() + "-3,Washers,1.234,EURO,x\n";

        ImportResult result = erin.call(() -> imports.importProducts(file(csv)));

        assertEquals(List.of(2, 3, 4), result.errors().stream().map(RowError::line).toList(), result.errors().toString());
        assertTrue(result.errors().get(0).reason().contains("below the 4 already reserved"));
        assertTrue(result.errors().get(1).reason().startsWith("unit_price must be an amount of 0 or more"));
        assertEquals(3, result.errors().get(2).reason().split("; ").length, result.errors().get(2).reason());
        assertEquals(List.of(known + "|Old name|10"), rows("SELECT CONCAT_WS('|', sku, name, stock_on_hand) FROM product WHERE sku LIKE ?",
                "IMP-" + tag.toUpperCase() + "%"));
    }

    @Test
    void withoutThePermissionTheImportIsRefusedAndNothingIsRead() throws Exception {
        String accounts = "name,territory,owner\nRefused " + tag + ",EAST,alice\n";
        String products = "sku,name,unit_price,currency\nIMP-" + tag.toUpperCase() + "-9,Refused,1.00,EUR\n";

        assertThrows(AccessDeniedException.class, () -> erin.call(() -> imports.importAccounts(file(accounts))));
        assertThrows(AccessDeniedException.class, () -> ada.call(() -> imports.importProducts(file(products))));

        assertEquals(List.of(), rows("SELECT name FROM customer_account WHERE name LIKE ?", "%" + tag));
        assertEquals(List.of(), rows("SELECT sku FROM product WHERE sku LIKE ?", "%" + tag.toUpperCase() + "%"));
    }

    private static InputStream file(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> rows(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }

    private void update(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }
}
