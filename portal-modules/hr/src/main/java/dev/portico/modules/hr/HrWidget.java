package dev.portico.modules.hr;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.hr.service.HrSummaries;
import dev.portico.hr.service.TeamSummary;
import dev.portico.shell.spi.DeclaredWidget;
import dev.portico.shell.spi.WidgetContent;
import dev.portico.shell.spi.WidgetFigure;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** The HR tile: headcount, away today and open positions of the user's HR scope (a manager's team, everyone for HR), from the summary page's service. */
@ApplicationScoped
public class HrWidget extends DeclaredWidget {

    @EJB
    private HrSummaries summaries;

    public HrWidget() {
        super("hr", PersonView.MESSAGES, "widget.hr", Permission.of("hr", Action.VIEW), 60);
    }

    @Override
    public WidgetContent content(Locale locale) {
        TeamSummary team = summaries.team(LocalDate.now(ZoneOffset.UTC));
        return WidgetContent.of(List.of(
                WidgetFigure.count("headcount", text(locale, "widget.hr.headcount"), team.headcount(), "/hr/summary.xhtml"),
                WidgetFigure.count("away-today", text(locale, "widget.hr.awayToday"), team.awayToday().size(), "/hr/summary.xhtml"),
                WidgetFigure.count("open-positions", text(locale, "widget.hr.openPositions"), team.openPositions().size(), "/hr/summary.xhtml")));
    }
}
