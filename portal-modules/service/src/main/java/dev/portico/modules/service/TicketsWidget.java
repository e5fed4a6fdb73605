package dev.portico.modules.service;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.crm.service.TicketSla;
import dev.portico.crm.service.Tickets;
import dev.portico.shell.spi.DeclaredWidget;
import dev.portico.shell.spi.WidgetContent;
import dev.portico.shell.spi.WidgetFigure;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The service tile: open tickets past their SLA, due today and later (charted), and the oldest open one, linking to the queue. */
@ApplicationScoped
public class TicketsWidget extends DeclaredWidget {

    @EJB
    private Tickets tickets;

    public TicketsWidget() {
        super("service-tickets", "dev.portico.modules.service.messages", "widget.tickets", Permission.of("service", Action.VIEW), 20);
    }

    @Override
    public WidgetContent content(Locale locale) {
        TicketSla sla = tickets.sla(Instant.now());
        List<WidgetFigure> figures = List.of(
                WidgetFigure.count("breached", text(locale, "widget.tickets.breached"), sla.breached(), "/service/queue.xhtml", true),
                new WidgetFigure("due-today", text(locale, "widget.tickets.dueToday"), Long.toString(sla.dueToday()), sla.dueToday(),
                        "/service/queue.xhtml", sla.dueToday() > 0 ? WidgetFigure.Tone.WARN : WidgetFigure.Tone.NEUTRAL),
                WidgetFigure.count("later", text(locale, "widget.tickets.later"), sla.later(), "/service/queue.xhtml"));
        WidgetContent content = WidgetContent.of(figures).charting(figures.size());
        return sla.oldest() == null ? content : content.noted(new MessageFormat(text(locale, "widget.tickets.oldest"), locale)
                .format(new Object[] {sla.oldest().subject(), sla.oldest().accountName()}));
    }
}
