package dev.portico.it.ui;

import static dev.portico.it.support.Browser.body;
import static dev.portico.it.support.Browser.click;
import static dev.portico.it.support.Browser.status;
import static dev.portico.it.support.Browser.tableRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.it.support.Browser;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.Pdfs;
import dev.portico.it.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The finance module as dave uses it: a planted overdue invoice in the ageing by customer, its
 * drill-down to the customer's invoices, a partial payment recorded on the page (the
 * outstanding amount follows, a payment of 0 is refused with a message), the customer's
 * statement as CSV and PDF; and a sales rep has no finance module at all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FinancePagesIT {

    private static final String BASE = System.getProperty("portico.baseUrl") + "/internal";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portico();
    }

    @Test
    void daveFollowsAnOverdueInvoiceFromTheAgeingAndRecordsAPartialPayment() throws Exception {
        String name = "FinancePagesIT " + UUID.randomUUID();
        TestDatabase.update("INSERT INTO customer_account (name, territory, owner_username, status) VALUES (?, 'EAST', 'alice', 'ACTIVE')", name);
        String account = Long.toString(TestDatabase.single("SELECT id FROM customer_account WHERE name = ?", name));
        TestDatabase.update("INSERT INTO erp_customer (crm_account_id, credit_limit, balance) VALUES (?, 25000, 250)", account);
        TestDatabase.update("INSERT INTO quote (account_id, owner_username, status, currency, total, created_at, signed_at, signed_by) "
                + "VALUES (?, 'alice', 'SIGNED', 'EUR', 250, NOW(6) - INTERVAL 60 DAY, NOW(6) - INTERVAL 60 DAY, 'alice')", account);
        TestDatabase.update("INSERT INTO sales_order (quote_id, erp_customer_id, crm_account_id, status, total, amount_paid, currency, signed_by, "
                + "signed_at, received_at) SELECT q.id, c.id, q.account_id, 'INVOICED', 250, 0, 'EUR', 'alice', q.signed_at, q.signed_at "
                + "FROM quote q JOIN erp_customer c ON c.crm_account_id = q.account_id WHERE q.account_id = ?", account);
        TestDatabase.update("INSERT INTO invoice (sales_order_id, amount, currency, issued_at, issued_by, due_at) SELECT id, 250, 'EUR', "
                + "NOW(6) - INTERVAL 50 DAY, 'dave', NOW(6) - INTERVAL 40 DAY FROM sales_order WHERE crm_account_id = ?", account);
        String invoice = Long.toString(TestDatabase.single("SELECT i.id FROM invoice i JOIN sales_order o ON o.id = i.sales_order_id "
                + "WHERE o.crm_account_id = ?", account));

        try (Browser dave = new Browser()) {
            HtmlPage ageing = dave.signIn(BASE + "/finance/", "dave");
            assertTrue(ageing.getUrl().getPath().endsWith("/finance/ageing.xhtml"), "the module's folder opens its entry view: " + ageing.getUrl());
            List<String> row = tableRows(ageing, "ageing-form:accounts").stream().filter(r -> r.get(0).equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no ageing row for " + name));
            assertEquals(List.of(name, "EUR", "0.00", "0.00", "250.00", "0.00", "0.00", "250.00"), row.subList(0, 8), "40 days overdue: 31–60");

            HtmlPage invoices = (HtmlPage) dave.open(BASE + "/finance/invoices.xhtml?state=OVERDUE&account=" + account);
            List<List<String>> rows = tableRows(invoices, "invoices");
            assertEquals(1, rows.size(), rows.toString());
            assertTrue(rows.get(0).get(8).startsWith("Overdue") && rows.get(0).get(8).contains("40 days overdue"), rows.get(0).toString());

            invoices.getFormByName("pay-form").getInputByName("pay-form:invoice").setValue(invoice);
            invoices.getFormByName("pay-form").getInputByName("pay-form:amount").setValue("0");
            HtmlPage refused = click(invoices, "pay-form:pay");
            assertTrue(body(refused).contains("Give the amount received"), body(refused));
            refused.getFormByName("pay-form").getInputByName("pay-form:invoice").setValue(invoice);
            refused.getFormByName("pay-form").getInputByName("pay-form:amount").setValue("100.00");
            HtmlPage paid = click(refused, "pay-form:pay");
            assertTrue(body(paid).contains("Payment recorded"), body(paid));
            assertEquals("150.00", tableRows(paid, "invoices").get(0).get(7), "outstanding after the partial payment");
            assertEquals("100.00", TestDatabase.text("SELECT o.amount_paid FROM sales_order o WHERE o.crm_account_id = ?", account));

            HtmlPage again = (HtmlPage) dave.open(BASE + "/finance/ageing.xhtml");
            int index = indexOf(tableRows(again, "ageing-form:accounts"), name);
            String csv = new String(Browser.download(again, "ageing-form:accounts:" + index + ":csv").getContentAsString()
                    .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            assertTrue(csv.contains("INV-") && csv.contains("150.00"), csv);
            WebResponse pdf = Browser.download((HtmlPage) dave.open(BASE + "/finance/ageing.xhtml"), "ageing-form:accounts:" + index + ":pdf");
            assertTrue(Pdfs.text(pdf.getContentAsStream()).contains("Statement of account"), "the PDF statement");

            HtmlPage payments = (HtmlPage) dave.open(BASE + "/finance/payments.xhtml");
            assertTrue(tableRows(payments, "payments").stream().anyMatch(r -> r.get(1).equals(name) && r.get(3).equals("100.00 EUR")),
                    "this week's payments list it");
        }
        try (Browser alice = new Browser()) {
            alice.signIn(BASE + "/", "alice");
            assertEquals(403, status(alice.open(BASE + "/finance/ageing.xhtml")), "no finance:view, no finance module");
        }
    }

    private static int indexOf(List<List<String>> rows, String name) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get(0).equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " not in " + rows);
    }
}
