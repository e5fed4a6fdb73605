package dev.portico.it.crash;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The crash test's view of the database, over plain JDBC: what the CRM recorded as signed, what
 * the ERP made of it and what reached the CRM's timeline. Expected events are derived from the
 * ERP's own state, so a lost message (an order without its event, a signed quote without its
 * order) and a message applied twice (two orders for a quote, an event twice on the timeline, a
 * reservation counted twice in the stock) both show as a problem.
 */
final class CrashLedger {

    /** The accounts and products the load uses, planted for this run alone. */
    record Fixture(List<Long> accounts, List<String> skus) {
    }

    /** What the database says after the flow; {@code problems} is empty when it is consistent. */
    record Report(int signed, int orders, int confirmed, int held, int shortages, int timeline, List<String> problems) {

        String summary() {
            return signed + " signed quotes, " + orders + " ERP orders (" + confirmed + " confirmed, " + held + " on credit hold), "
                    + timeline + " timeline entries (" + shortages + " stock shortages)";
        }
    }

    private final String url = System.getProperty("portico.dbUrl");

    /**
     * Three accounts with the default credit limit and one whose ERP customer allows 60.00, so
     * that some orders go on hold; two products with ample stock and one with 30, so that some
     * lines run short and raise a purchase order to Acme.
     */
    Fixture plant() throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<Long> accounts = new ArrayList<>();
        try (Connection c = connect()) {
            for (int i = 1; i <= 4; i++) {
                accounts.add(insert(c, "INSERT INTO customer_account (name, territory, owner_username, status, city) "
                        + "VALUES ('Crash Test " + tag + " " + i + "', 'EAST', 'alice', 'ACTIVE', 'Springfield')"));
            }
            insert(c, "INSERT INTO erp_customer (crm_account_id, credit_limit, balance) VALUES (" + accounts.get(3) + ", 60.00, 0)");
            List<String> skus = List.of("CRASH-" + tag + "-A", "CRASH-" + tag + "-B", "CRASH-" + tag + "-S");
            for (String sku : skus) {
                int stock = sku.endsWith("-S") ? 30 : 100_000;
                insert(c, "INSERT INTO product (sku, name, unit_price, currency, stock_on_hand, reorder_level, supplier_organisation_id) "
                        + "VALUES ('" + sku + "', 'Crash test part', 10.00, 'EUR', " + stock + ", 10, "
                        + "(SELECT id FROM organisation WHERE alias = 'acme'))");
            }
            return new Fixture(List.copyOf(accounts), skus);
        }
    }

    int signedQuotes(Fixture fixture) throws SQLException {
        return count("SELECT COUNT(*) FROM quote WHERE status = 'SIGNED' AND account_id IN " + in(fixture.accounts()));
    }

    int timelineEntries(Fixture fixture) throws SQLException {
        return count("SELECT COUNT(*) FROM order_timeline WHERE crm_account_id IN " + in(fixture.accounts()));
    }

    /** Transactions MariaDB holds prepared for a transaction manager to finish: the in-doubt ones. */
    int preparedXaTransactions() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("XA RECOVER")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
            }
            return rows;
        }
    }

    Report report(Fixture fixture) throws SQLException {
        String accounts = in(fixture.accounts());
        List<String> problems = new ArrayList<>();
        Set<Long> signed = ids("SELECT id FROM quote WHERE status = 'SIGNED' AND account_id IN " + accounts);
        Map<Long, Integer> ordersByQuote = counts("SELECT quote_id, COUNT(*) FROM sales_order WHERE crm_account_id IN " + accounts
                + " GROUP BY quote_id");
        Map<String, Integer> inbox = textCounts("SELECT CONCAT(event_type, ' ', aggregate_id), COUNT(*) FROM integration_inbox "
                + "WHERE event_type IN ('crm.OrderSubmitted', 'erp.OrderEvent') GROUP BY event_type, aggregate_id");
        for (long quote : signed) {
            expect(problems, "ERP orders for signed quote " + quote, 1, ordersByQuote.getOrDefault(quote, 0));
            expect(problems, "OrderSubmitted inbox entries for quote " + quote, 1, inbox.getOrDefault("crm.OrderSubmitted " + quote, 0));
        }
        ordersByQuote.keySet().stream().filter(quote -> !signed.contains(quote))
                .forEach(quote -> problems.add("an ERP order for quote " + quote + ", which the CRM does not show as signed"));
        Map<String, Integer> timeline = textCounts("SELECT CONCAT(erp_order_id, ' ', event_type), COUNT(*) FROM order_timeline "
                + "WHERE crm_account_id IN " + accounts + " GROUP BY erp_order_id, event_type");
        int confirmed = 0;
        int held = 0;
        int shortages = 0;
        int orders = 0;
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT o.id, o.quote_id, o.confirmed_at IS NOT NULL, o.hold_reason IS NOT NULL, "
                        + "(SELECT COUNT(*) FROM sales_order_line l WHERE l.sales_order_id = o.id AND l.quantity > "
                        + "(SELECT COALESCE(SUM(r.quantity), 0) FROM stock_reservation r WHERE r.sales_order_line_id = l.id)) "
                        + "FROM sales_order o WHERE o.crm_account_id IN " + accounts)) {
            while (rs.next()) {
                long order = rs.getLong(1);
                boolean isConfirmed = rs.getBoolean(3);
                boolean isHeld = rs.getBoolean(4);
                int shortLines = isConfirmed ? rs.getInt(5) : 0;
                orders++;
                confirmed += isConfirmed ? 1 : 0;
                held += isHeld ? 1 : 0;
                shortages += shortLines;
                expect(problems, "ORDER_CONFIRMED for order " + order, isConfirmed ? 1 : 0, timeline.getOrDefault(order + " ORDER_CONFIRMED", 0));
                expect(problems, "ORDER_ON_CREDIT_HOLD for order " + order, isHeld ? 1 : 0,
                        timeline.getOrDefault(order + " ORDER_ON_CREDIT_HOLD", 0));
                expect(problems, "STOCK_SHORTAGE for order " + order, shortLines, timeline.getOrDefault(order + " STOCK_SHORTAGE", 0));
                int expectedEvents = (isConfirmed ? 1 : 0) + (isHeld ? 1 : 0) + shortLines;
                expect(problems, "ERP event inbox entries for quote " + rs.getLong(2), expectedEvents,
                        inbox.getOrDefault("erp.OrderEvent " + rs.getLong(2), 0));
            }
        }
        int entries = timeline.values().stream().mapToInt(Integer::intValue).sum();
        expect(problems, "timeline entries in all", confirmed + held + shortages, entries);
        Map<String, Integer> reservedBySku = textCounts("SELECT p.sku, p.reserved - COALESCE((SELECT SUM(r.quantity) FROM stock_reservation r "
                + "JOIN sales_order_line l ON l.id = r.sales_order_line_id WHERE l.sku = p.sku), 0) FROM product p WHERE p.sku IN "
                + fixture.skus().stream().map(sku -> "'" + sku + "'").collect(Collectors.joining(", ", "(", ")")));
        reservedBySku.forEach((sku, difference) -> expect(problems, "stock reserved on " + sku + " beyond its reservations", 0, difference));
        return new Report(signed.size(), orders, confirmed, held, shortages, entries, problems);
    }

    /**
     * What the client was told must hold: each quote whose signature was acknowledged is SIGNED
     * with exactly one ERP order (recovery may finish a transaction, never undo an acknowledged one).
     * And no line holds more stock than it ordered, no product more reserved than it has.
     */
    List<String> promisesBroken(Fixture fixture, Set<Long> acknowledged) throws SQLException {
        List<String> problems = new ArrayList<>();
        Set<Long> signed = ids("SELECT id FROM quote WHERE status = 'SIGNED' AND account_id IN " + in(fixture.accounts()));
        Map<Long, Integer> ordersByQuote = counts("SELECT quote_id, COUNT(*) FROM sales_order WHERE crm_account_id IN "
                + in(fixture.accounts()) + " GROUP BY quote_id");
        for (long quote : acknowledged) {
            if (!signed.contains(quote)) {
                problems.add("quote " + quote + " was acknowledged as signed but is not");
            }
            expect(problems, "ERP orders for acknowledged quote " + quote, 1, ordersByQuote.getOrDefault(quote, 0));
        }
        String skus = fixture.skus().stream().map(sku -> "'" + sku + "'").collect(Collectors.joining(", ", "(", ")"));
        ids("SELECT l.id FROM sales_order_line l WHERE l.sku IN " + skus + " AND l.quantity < "
                + "(SELECT COALESCE(SUM(r.quantity), 0) FROM stock_reservation r WHERE r.sales_order_line_id = l.id)")
                .forEach(line -> problems.add("order line " + line + " holds more stock than it ordered"));
        textCounts("SELECT sku, reserved FROM product WHERE sku IN " + skus + " AND (reserved > stock_on_hand OR reserved < 0)")
                .forEach((sku, reserved) -> problems.add("product " + sku + " has " + reserved + " reserved, more than in stock"));
        return problems;
    }

    private static void expect(List<String> problems, String what, int expected, int actual) {
        if (expected != actual) {
            problems.add(what + ": " + actual + " (expected " + expected + ")");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "portico", "portico");
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private int count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private Set<Long> ids(String sql) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private Map<Long, Integer> counts(String sql) throws SQLException {
        Map<Long, Integer> counts = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getLong(1), rs.getInt(2));
            }
        }
        return counts;
    }

    private Map<String, Integer> textCounts(String sql) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    private static String in(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }
}
