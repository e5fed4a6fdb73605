package dev.portico.modules.finance;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.erp.domain.OrderStatus;
import dev.portico.erp.partner.InvoiceState;
import dev.portico.erp.service.AgeingRow;
import dev.portico.erp.service.InvoiceQuery;
import dev.portico.erp.service.Receivables;
import dev.portico.erp.service.ReceivedPayment;
import dev.portico.erp.service.SalesOrders;
import dev.portico.shell.security.CurrentUser;
import dev.portico.shell.spi.DeclaredWidget;
import dev.portico.shell.spi.WidgetContent;
import dev.portico.shell.spi.WidgetFigure;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finance's tile: the receivables ageing as a chart (not yet due, 1–30, 31–60, 61–90, over 90
 * days, in the first currency), overdue invoices, orders on credit hold and the payments of this
 * week, each linking to its list. The same service calls as the finance pages.
 */
@ApplicationScoped
public class ReceivablesWidget extends DeclaredWidget {

    static final int CAP = 200;

    @EJB
    private Receivables receivables;

    @EJB
    private SalesOrders orders;

    @Inject
    private CurrentUser user;

    public ReceivablesWidget() {
        super("finance-receivables", FinancePages.MESSAGES, "widget.title", Permission.of("finance", Action.VIEW), 30);
    }

    @Override
    public WidgetContent content(Locale locale) {
        List<WidgetFigure> figures = new ArrayList<>();
        List<AgeingRow> totals = receivables.ageing().totals();
        AgeingRow total = totals.isEmpty() ? null : totals.get(0);
        String currency = total == null ? "EUR" : total.currency();
        List<String> keys = List.of("bucket.current", "bucket.1to30", "bucket.31to60", "bucket.61to90", "bucket.over90");
        for (int i = 0; i < keys.size(); i++) {
            BigDecimal amount = total == null ? BigDecimal.ZERO : total.buckets().get(i);
            String link = i == 0 ? "/finance/invoices.xhtml?state=OPEN" : "/finance/ageing.xhtml";
            figures.add(new WidgetFigure("ageing-" + i, text(locale, keys.get(i)), money(locale, amount, currency), amount.doubleValue(), link,
                    i == 0 || amount.signum() == 0 ? WidgetFigure.Tone.NEUTRAL : i == 1 ? WidgetFigure.Tone.WARN : WidgetFigure.Tone.ALERT));
        }
        figures.add(WidgetFigure.count("overdue-invoices", text(locale, "widget.overdueInvoices"),
                receivables.count(new InvoiceQuery(InvoiceState.OVERDUE, null)), "/finance/invoices.xhtml?state=OVERDUE", true));
        if (user.allows(Permission.of("orders", Action.VIEW))) {
            int holds = orders.list(OrderStatus.CREDIT_HOLD, 0, CAP).size();
            figures.add(new WidgetFigure("credit-holds", text(locale, "widget.holds"), capped(holds, CAP), holds, "/finance/ageing.xhtml#holds-section",
                    holds > 0 ? WidgetFigure.Tone.WARN : WidgetFigure.Tone.NEUTRAL));
        }
        BigDecimal week = receivables.paymentsSince(PaymentsView.weekStart(LocalDate.now(ZoneOffset.UTC)), Receivables.MAX_PAGE).stream()
                .filter(p -> p.currency().equals(currency)).map(ReceivedPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        figures.add(new WidgetFigure("payments-week", text(locale, "widget.paymentsWeek"), money(locale, week, currency), week.doubleValue(),
                "/finance/payments.xhtml", WidgetFigure.Tone.GOOD));
        // The chart draws the five ageing buckets only; the table lists every figure.
        return WidgetContent.of(figures).charting(keys.size());
    }
}
