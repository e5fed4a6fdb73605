package dev.portico.modules.finance;

import dev.portico.crm.service.CustomerAccounts;
import dev.portico.erp.domain.OrderStatus;
import dev.portico.erp.service.Ageing;
import dev.portico.erp.service.AgeingRow;
import dev.portico.erp.service.OrderSummary;
import dev.portico.erp.service.Receivables;
import dev.portico.erp.service.SalesOrders;
import dev.portico.platform.export.ExportFormat;
import dev.portico.shell.Charts;
import dev.portico.shell.Downloads;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Backs {@code finance/ageing.xhtml}: what customers owe by days overdue (totals per currency,
 * then one row per customer, largest overdue first, each linking to its invoices), the chart of
 * the totals, the orders on credit hold, and a customer's statement of account.
 */
@Named
@RequestScoped
public class AgeingView {

    static final int CREDIT_HOLDS = 50;

    @EJB
    private Receivables receivables;

    @EJB
    private SalesOrders orders;

    @EJB
    private CustomerAccounts accounts;

    private Ageing ageing;
    private Map<Long, String> names;
    private List<OrderSummary> holds;
    private Long statementAccount;

    public Ageing getAgeing() {
        if (ageing == null) {
            ageing = receivables.ageing();
        }
        return ageing;
    }

    public List<AgeingRow> getTotals() {
        return getAgeing().totals();
    }

    public List<AgeingRow> getAccounts() {
        return getAgeing().accounts();
    }

    public List<OrderSummary> getCreditHolds() {
        if (holds == null) {
            holds = orders.list(OrderStatus.CREDIT_HOLD, 0, CREDIT_HOLDS);
        }
        return holds;
    }

    /** A customer's name from the CRM, or its number when the CRM does not show it to this user. */
    public String name(long crmAccountId) {
        if (names == null) {
            names = FinancePages.names(accounts, Stream.concat(getAccounts().stream().map(AgeingRow::crmAccountId),
                    getCreditHolds().stream().map(OrderSummary::crmAccountId)).distinct().toList());
        }
        return names.getOrDefault(crmAccountId, "#" + crmAccountId);
    }

    public String getAsOf() {
        return FinancePages.day(getAgeing().asOf());
    }

    public String day(java.time.Instant instant) {
        return FinancePages.day(instant);
    }

    /** Chart.js configuration: the totals of the first currency by bucket (the table beside it is the text alternative). */
    public String getChart() {
        List<AgeingRow> totals = getTotals();
        List<String> keys = List.of("bucket.current", "bucket.1to30", "bucket.31to60", "bucket.61to90", "bucket.over90");
        List<BigDecimal> values = totals.isEmpty() ? keys.stream().map(k -> BigDecimal.ZERO).toList() : totals.get(0).buckets();
        return Charts.bar(totals.isEmpty() ? "" : totals.get(0).currency(), keys.stream().map(FinancePages::text).toList(), values,
                List.of("#3b6fb6", "#b7791f", "#c05621", "#c53030", "#742a2a"), 3);
    }

    public void statementCsv() {
        statement(ExportFormat.CSV);
    }

    public void statementPdf() {
        statement(ExportFormat.PDF);
    }

    private void statement(ExportFormat format) {
        if (statementAccount != null) {
            Downloads.send(receivables.statement(statementAccount, format));
        }
    }

    public Long getStatementAccount() {
        return statementAccount;
    }

    public void setStatementAccount(Long statementAccount) {
        this.statementAccount = statementAccount;
    }
}
