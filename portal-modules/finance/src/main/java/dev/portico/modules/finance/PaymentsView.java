package dev.portico.modules.finance;

import dev.portico.crm.service.CustomerAccounts;
import dev.portico.erp.service.Receivables;
import dev.portico.erp.service.ReceivedPayment;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Backs {@code finance/payments.xhtml}: the payments received this week (since Monday, UTC), newest first, with the week's total per currency. */
@Named
@RequestScoped
public class PaymentsView {

    @EJB
    private Receivables receivables;

    @EJB
    private CustomerAccounts accounts;

    private List<ReceivedPayment> payments;
    private Map<Long, String> names;

    /** Monday 00:00 UTC of this week. */
    public static Instant weekStart(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public List<ReceivedPayment> getPayments() {
        if (payments == null) {
            payments = receivables.paymentsSince(weekStart(LocalDate.now(ZoneOffset.UTC)), Receivables.MAX_PAGE);
            names = FinancePages.names(accounts, payments.stream().map(ReceivedPayment::crmAccountId).distinct().toList());
        }
        return payments;
    }

    public Map<String, BigDecimal> getTotals() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        getPayments().forEach(p -> totals.merge(p.currency(), p.amount(), BigDecimal::add));
        return totals;
    }

    public List<Map.Entry<String, BigDecimal>> getTotalRows() {
        return List.copyOf(getTotals().entrySet());
    }

    public String getWeekStart() {
        return FinancePages.day(weekStart(LocalDate.now(ZoneOffset.UTC)));
    }

    public String name(long crmAccountId) {
        getPayments();
        return names.getOrDefault(crmAccountId, "#" + crmAccountId);
    }

    public String day(Instant instant) {
        return FinancePages.day(instant);
    }
}
