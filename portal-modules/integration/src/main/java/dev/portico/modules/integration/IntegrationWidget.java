package dev.portico.modules.integration;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.integration.monitor.DestinationDepth;
import dev.portico.integration.monitor.FlowStats;
import dev.portico.integration.monitor.IntegrationMonitor;
import dev.portico.integration.reconciliation.Reconciliations;
import dev.portico.integration.reconciliation.RunSummary;
import dev.portico.shell.spi.DeclaredWidget;
import dev.portico.shell.spi.WidgetContent;
import dev.portico.shell.spi.WidgetFigure;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The administrator's integration tile: messages waiting in the dead-letter queue, the slowest
 * flow's latest lag, and the findings of the last reconciliation, linking to the monitor and
 * the reconciliation page.
 */
@ApplicationScoped
public class IntegrationWidget extends DeclaredWidget {

    @EJB
    private IntegrationMonitor monitor;

    @EJB
    private Reconciliations reconciliations;

    public IntegrationWidget() {
        super("integration", "dev.portico.modules.integration.messages", "widget.integration", Permission.of("integration", Action.VIEW), 70);
    }

    @Override
    public WidgetContent content(Locale locale) {
        long waiting = monitor.waiting().stream().mapToLong(DestinationDepth::waiting).sum();
        long lag = monitor.flows().stream().map(FlowStats::lagMaxMillis).filter(Objects::nonNull).mapToLong(Long::longValue).max().orElse(0);
        List<RunSummary> runs = reconciliations.runs(1);
        long findings = runs.isEmpty() ? 0 : runs.get(0).findingCount();
        return WidgetContent.of(List.of(
                WidgetFigure.count("dead-letters", text(locale, "widget.integration.deadLetters"), waiting, "/integration/monitor.xhtml", true),
                new WidgetFigure("lag", text(locale, "widget.integration.lag"), lag + " ms", lag, "/integration/monitor.xhtml",
                        lag > 1000 ? WidgetFigure.Tone.WARN : WidgetFigure.Tone.NEUTRAL),
                WidgetFigure.count("findings", text(locale, "widget.integration.findings"), findings, "/integration/reconciliation.xhtml", true)));
    }
}
