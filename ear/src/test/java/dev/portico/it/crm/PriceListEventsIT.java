package dev.portico.it.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.contract.CatalogueEvent;
import dev.portico.contract.Destinations;
import dev.portico.contract.ErpEvent;
import dev.portico.crm.service.NewQuote;
import dev.portico.crm.service.NewQuoteLine;
import dev.portico.crm.service.PriceChangeNotice;
import dev.portico.crm.service.QuoteLinesException;
import dev.portico.crm.service.QuoteSummary;
import dev.portico.crm.service.Quotes;
import dev.portico.erp.service.ProductCatalog;
import dev.portico.erp.service.ProductRecord;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.Fixtures;
import dev.portico.it.support.RunAsSalesRep;
import dev.portico.it.support.RunAsWarehouse;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prices follow the ERP by event: erin adds a product and changes its price in the ERP's
 * catalogue, the CRM's price list takes each change from the ErpCatalogue topic exactly once
 * (a duplicate and an older late event change nothing), alice's next quote is priced from the
 * CRM's list without the ERP (a price written straight into the ERP's table, announcing nothing,
 * is not used), and her open draft shows the change; a product discontinued the same way.
 */
@ExtendWith(ArquillianExtension.class)
class PriceListEventsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(PriceListEventsIT.class, RunAsWarehouse.class, RunAsSalesRep.class);
    }

    @EJB
    private ProductCatalog catalogue;

    @EJB
    private Quotes quotes;

    @EJB
    private Fixtures fixtures;

    @EJB
    private RunAsWarehouse erin;

    @EJB
    private RunAsSalesRep alice;

    /** Publishes as the ERP does, for the duplicate and the late event. */
    @Inject
    @JMSConnectionFactory(Destinations.ERP_SIDE_FACTORY)
    private JMSContext jms;

    @Resource(lookup = Destinations.ERP_CATALOGUE_TOPIC)
    private Topic topic;

    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    @Test
    void aPriceChangeReachesTheCrmOnceTheNextQuoteUsesItWithoutTheErpAndTheDraftShowsIt() throws Exception {
        String sku = "PLE-" + (System.nanoTime() % 1_000_000_000);
        erin.call(() -> catalogue.importProducts(List.of(new ProductRecord(sku, "Price test sensor", new BigDecimal("10.00"), "EUR", 100, 0,
                null)), "PriceListEventsIT: new product"));
        awaitCrmPrice(sku, "10.00");
        long account = fixtures.eastCustomer("PriceListEventsIT " + sku);
        QuoteSummary draft = alice.call(() -> quotes.create(new NewQuote(account, "EUR", List.of(new NewQuoteLine(sku, null, 3)))));
        assertEquals(0, new BigDecimal("30.00").compareTo(draft.total()));
        assertTrue(alice.call(() -> quotes.priceChanges(draft.id())).isEmpty(), "nothing changed yet");

        long inboxBefore = count("SELECT COUNT(*) FROM integration_inbox WHERE event_type = 'erp.CatalogueEvent' AND aggregate_id = ?", sku);
        erin.call(() -> catalogue.changePrice(sku, new BigDecimal("12.50")));
        awaitCrmPrice(sku, "12.50");
        assertEquals(inboxBefore + 1, count("SELECT COUNT(*) FROM integration_inbox WHERE event_type = 'erp.CatalogueEvent' AND aggregate_id = ?", sku), "one event, taken once");

        List<PriceChangeNotice> changes = alice.call(() -> quotes.priceChanges(draft.id()));
        assertEquals(1, changes.size(), "alice's open draft shows the change");
        assertEquals(0, new BigDecimal("10.00").compareTo(changes.get(0).quotedPrice()));
        assertEquals(0, new BigDecimal("12.50").compareTo(changes.get(0).newPrice()));

        // Written into the ERP's table behind its back, the price announces nothing: the CRM keeps quoting its own list.
        update("UPDATE product SET unit_price = 99.00 WHERE sku = ?", sku);
        QuoteSummary next = alice.call(() -> quotes.create(new NewQuote(account, "EUR", List.of(new NewQuoteLine(sku, null, 2)))));
        assertEquals(0, new BigDecimal("25.00").compareTo(next.total()), "priced from the CRM's list, not a call to the ERP");

        // The same event again (a redelivery) and an older one arriving late change nothing.
        String messageId = text("SELECT message_id FROM integration_inbox WHERE event_type = 'erp.CatalogueEvent' AND aggregate_id = ? "
                + "ORDER BY occurred_at DESC LIMIT 1", sku);
        CatalogueEvent duplicate = new CatalogueEvent(messageId, CatalogueEvent.Kind.PRICE_CHANGED, sku, "Price test sensor",
                new BigDecimal("77.00"), "EUR", Instant.now());
        jms.createProducer().setProperty(ErpEvent.TYPE_PROPERTY, "PriceChanged").send(topic, duplicate.toJson());
        CatalogueEvent late = CatalogueEvent.of(CatalogueEvent.Kind.PRICE_CHANGED, sku, "Price test sensor", new BigDecimal("8.00"), "EUR",
                Instant.now().minusSeconds(3600));
        jms.createProducer().setProperty(ErpEvent.TYPE_PROPERTY, "PriceChanged").send(topic, late.toJson());
        awaitCount("SELECT COUNT(*) FROM integration_inbox WHERE event_type = 'erp.CatalogueEvent' AND aggregate_id = ?", sku, inboxBefore + 2);
        Thread.sleep(1000); // the duplicate may be taken after the late one: give it the time to be dropped
        assertEquals(inboxBefore + 2, count("SELECT COUNT(*) FROM integration_inbox WHERE event_type = 'erp.CatalogueEvent' "
                + "AND aggregate_id = ?", sku), "the duplicate left no trace in the inbox");
        assertEquals("12.50", text("SELECT unit_price FROM crm_price WHERE sku = ?", sku), "neither the duplicate nor the late event won");
        assertEquals(1, alice.call(() -> quotes.priceChanges(draft.id())).size(), "and the draft was not marked again");
    }

    /**
     * Discontinued in the ERP: the CRM's list marks it by event (once), no new quote line may
     * name it (even though the ERP's table still holds its price), the open draft holding it
     * says so, and a catalogue file stating the SKU again puts it back on sale on both sides.
     */
    @Test
    void aDiscontinuedProductIsRefusedInNewQuotesAndItsOpenDraftsAreTold() throws Exception {
        String sku = "PLD-" + (System.nanoTime() % 1_000_000_000);
        ProductRecord record = new ProductRecord(sku, "Discontinued sensor", new BigDecimal("20.00"), "EUR", 50, 0, null);
        erin.call(() -> catalogue.importProducts(List.of(record), "PriceListEventsIT: new product"));
        awaitCrmPrice(sku, "20.00");
        long account = fixtures.eastCustomer("PriceListEventsIT " + sku);
        QuoteSummary draft = alice.call(() -> quotes.create(new NewQuote(account, "EUR", List.of(new NewQuoteLine(sku, null, 1)))));

        assertTrue(erin.call(() -> catalogue.discontinue(sku)).discontinued());
        erin.call(() -> catalogue.discontinue(sku)); // twice: no second event
        awaitCount("SELECT COUNT(*) FROM crm_price WHERE discontinued_at IS NOT NULL AND sku = ?", sku, 1);
        Thread.sleep(1000); // time for a second event, were there one
        assertEquals(1, count("SELECT COUNT(*) FROM integration_inbox WHERE flow = 'ProductDiscontinued' AND aggregate_id = ?", sku),
                "announced once");

        QuoteLinesException refused = assertThrows(QuoteLinesException.class,
                () -> alice.call(() -> quotes.create(new NewQuote(account, "EUR", List.of(new NewQuoteLine(sku, null, 1))))));
        assertEquals(Set.of(0), refused.problems().keySet(), "the line naming it is refused: " + refused.problems());
        List<PriceChangeNotice> told = alice.call(() -> quotes.priceChanges(draft.id()));
        assertEquals(1, told.size(), "the open draft holding it is told");
        assertTrue(told.get(0).discontinued());
        assertEquals(0, new BigDecimal("20.00").compareTo(told.get(0).quotedPrice()));

        erin.call(() -> catalogue.importProducts(List.of(record), "PriceListEventsIT: back on sale"));
        awaitCount("SELECT COUNT(*) FROM crm_price WHERE discontinued_at IS NULL AND sku = ?", sku, 1);
        assertFalse(erin.call(() -> catalogue.find(sku)).orElseThrow().discontinued());
        QuoteSummary again = alice.call(() -> quotes.create(new NewQuote(account, "EUR", List.of(new NewQuoteLine(sku, null, 2)))));
        assertEquals(0, new BigDecimal("40.00").compareTo(again.total()), "sold again at its list price");
    }

    private void awaitCrmPrice(String sku, String price) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (count("SELECT COUNT(*) FROM crm_price WHERE sku = ? AND unit_price = " + price, sku) == 1) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the CRM's price of " + sku + " never became " + price);
    }

    private void awaitCount(String sql, String parameter, long expected) throws Exception {
        for (int i = 0; i < 100 && count(sql, parameter) < expected; i++) {
            Thread.sleep(200);
        }
        assertEquals(expected, count(sql, parameter));
    }

    private long count(String sql, String parameter) throws SQLException {
        return Long.parseLong(text(sql, parameter));
    }

    private String text(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), sql);
                return r.getString(1);
            }
        }
    }

    private void update(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            s.executeUpdate();
        }
    }
}
