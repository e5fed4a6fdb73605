package dev.portico.modules.pipeline;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.crm.domain.Stage;
import dev.portico.crm.service.ContactCadence;
import dev.portico.crm.service.OpportunityFilter;
import dev.portico.crm.service.Opportunities;
import dev.portico.shell.spi.DeclaredWidget;
import dev.portico.shell.spi.WidgetContent;
import dev.portico.shell.spi.WidgetFigure;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pipeline tile: open opportunities by stage (charted, linking to the board), then the
 * accounts overdue for contact and the recurring customers due to order again (linking to the
 * cadence page): a rep's own, a manager's team's, from the services the board and the cadence
 * page read.
 */
@ApplicationScoped
public class PipelineWidget extends DeclaredWidget {

    static final int CAP = 500;
    static final List<Stage> OPEN = List.of(Stage.PROSPECTING, Stage.QUALIFICATION, Stage.PROPOSAL, Stage.NEGOTIATION);

    @EJB
    private Opportunities opportunities;

    @EJB
    private ContactCadence cadence;

    public PipelineWidget() {
        super("pipeline", PipelinePages.MESSAGES, "widget.pipeline", Permission.of("pipeline", Action.VIEW), 15);
    }

    @Override
    public WidgetContent content(Locale locale) {
        Map<Stage, Long> counts = opportunities.stageCounts(new OpportunityFilter(null, null, null, null));
        List<WidgetFigure> figures = new ArrayList<>();
        for (Stage stage : OPEN) {
            figures.add(WidgetFigure.count("stage-" + stage, text(locale, "stage." + stage), counts.getOrDefault(stage, 0L), "/pipeline/board.xhtml"));
        }
        int overdue = cadence.overdue(CAP).size();
        figures.add(new WidgetFigure("contact-overdue", text(locale, "widget.contactOverdue"), capped(overdue, CAP), overdue,
                "/pipeline/cadence.xhtml", overdue > 0 ? WidgetFigure.Tone.WARN : WidgetFigure.Tone.NEUTRAL));
        int reorders = cadence.reorderDue(CAP).size();
        figures.add(new WidgetFigure("reorder-due", text(locale, "widget.reorderDue"), capped(reorders, CAP), reorders,
                "/pipeline/cadence.xhtml", WidgetFigure.Tone.NEUTRAL));
        return WidgetContent.of(figures).charting(OPEN.size());
    }
}
