package dev.portico.modules.purchasing;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.erp.domain.OrderStatus;
import dev.portico.erp.domain.PurchaseOrderStatus;
import dev.portico.erp.service.PurchaseOrderSummary;
import dev.portico.erp.service.PurchaseOrders;
import dev.portico.erp.service.SalesOrders;
import dev.portico.shell.security.CurrentUser;
import dev.portico.shell.spi.DeclaredWidget;
import dev.portico.shell.spi.WidgetContent;
import dev.portico.shell.spi.WidgetFigure;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The warehouse tile: confirmed orders to ship (with {@code orders:view}), purchase orders
 * still open and those of them raised for a shortage, and the receipts suppliers announced.
 * Counts of capped lists read "200+" past the cap.
 */
@ApplicationScoped
public class WarehouseWidget extends DeclaredWidget {

    static final int CAP = PurchaseOrders.MAX_PAGE;

    @EJB
    private PurchaseOrders purchaseOrders;

    @EJB
    private SalesOrders orders;

    @Inject
    private CurrentUser user;

    public WarehouseWidget() {
        super("warehouse", "dev.portico.modules.purchasing.messages", "widget.warehouse", Permission.of("purchasing", Action.VIEW), 40);
    }

    @Override
    public WidgetContent content(Locale locale) {
        List<WidgetFigure> figures = new ArrayList<>();
        if (user.allows(Permission.of("orders", Action.VIEW))) {
            int toShip = orders.list(OrderStatus.CONFIRMED, 0, SalesOrders.MAX_PAGE).size();
            figures.add(new WidgetFigure("to-ship", text(locale, "widget.toShip"), capped(toShip, SalesOrders.MAX_PAGE), toShip, null,
                    WidgetFigure.Tone.NEUTRAL));
        }
        List<PurchaseOrderSummary> open = purchaseOrders.list(PurchaseOrderStatus.OPEN, 0, CAP);
        long shortages = open.stream().filter(po -> po.salesOrderId() != null).count();
        figures.add(new WidgetFigure("shortages", text(locale, "widget.shortages"), Long.toString(shortages), shortages,
                "/purchasing/list.xhtml?status=OPEN", shortages > 0 ? WidgetFigure.Tone.WARN : WidgetFigure.Tone.NEUTRAL));
        figures.add(new WidgetFigure("open-pos", text(locale, "widget.openPurchaseOrders"), capped(open.size(), CAP), open.size(),
                "/purchasing/list.xhtml?status=OPEN", WidgetFigure.Tone.NEUTRAL));
        int receipts = purchaseOrders.expectedReceipts(CAP).size();
        figures.add(new WidgetFigure("receipts", text(locale, "widget.expectedReceipts"), capped(receipts, CAP), receipts,
                "/purchasing/list.xhtml?status=CONFIRMED", WidgetFigure.Tone.NEUTRAL));
        return WidgetContent.of(figures);
    }
}
