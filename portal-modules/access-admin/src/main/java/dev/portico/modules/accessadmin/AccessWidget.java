package dev.portico.modules.accessadmin;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.access.service.PolicyAdministration;
import dev.portico.access.service.SegregationOfDuties;
import dev.portico.shell.spi.DeclaredWidget;
import dev.portico.shell.spi.WidgetContent;
import dev.portico.shell.spi.WidgetFigure;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/** The administrator's access tile: grants and policy changes waiting for a second approver, linking to where they are decided. */
@ApplicationScoped
public class AccessWidget extends DeclaredWidget {

    @EJB
    private SegregationOfDuties duties;

    @EJB
    private PolicyAdministration policy;

    public AccessWidget() {
        super("access-admin", "dev.portico.modules.accessadmin.messages", "widget.access", Permission.of("access-admin", Action.VIEW), 80);
    }

    @Override
    public WidgetContent content(Locale locale) {
        return WidgetContent.of(List.of(
                new WidgetFigure("pending-grants", text(locale, "widget.access.pendingGrants"), Integer.toString(duties.pendingGrants().size()),
                        duties.pendingGrants().size(), "/access-admin/grants.xhtml", WidgetFigure.Tone.WARN),
                WidgetFigure.count("held-changes", text(locale, "widget.access.heldChanges"), policy.heldChanges().size(), "/access-admin/policy.xhtml")));
    }
}
