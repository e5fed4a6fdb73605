package dev.portico.modules.orders;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.crm.domain.QuoteStatus;
import dev.portico.crm.service.QuoteFilter;
import dev.portico.crm.service.Quotes;
import dev.portico.shell.spi.DeclaredWidget;
import dev.portico.shell.spi.WidgetContent;
import dev.portico.shell.spi.WidgetFigure;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/**
 * The sales tile: quotes within the user's scope by status (drafts to finish, partner orders
 * waiting for their approver, signed orders), charted, each linking to the quote list filtered
 * by that status: the same {@link Quotes#count} the list's paginator uses.
 */
@ApplicationScoped
public class QuotesWidget extends DeclaredWidget {

    static final List<QuoteStatus> SHOWN = List.of(QuoteStatus.DRAFT, QuoteStatus.AWAITING_APPROVAL, QuoteStatus.SIGNED);

    @EJB
    private Quotes quotes;

    public QuotesWidget() {
        super("orders-quotes", "dev.portico.modules.orders.messages", "widget.quotes", Permission.of("orders", Action.VIEW), 10);
    }

    @Override
    public WidgetContent content(Locale locale) {
        return WidgetContent.of(SHOWN.stream().map(status -> WidgetFigure.count("quotes-" + status, text(locale, "widget.quotes." + status),
                quotes.count(new QuoteFilter(null, status)), "/orders/list.xhtml?status=" + status)).toList()).charting(SHOWN.size());
    }
}
