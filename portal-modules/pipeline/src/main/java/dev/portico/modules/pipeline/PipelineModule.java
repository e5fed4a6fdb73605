package dev.portico.modules.pipeline;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DeclaredModule;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The sales pipeline: board, opportunities, forecast and overdue contacts, opened with {@code pipeline:view} (a rep's own, a manager's team's). */
@ApplicationScoped
public class PipelineModule extends DeclaredModule {

    public PipelineModule() {
        super("pipeline", "dev.portico.modules.pipeline.messages", "pi pi-chart-line", "/pipeline/board.xhtml", Set.of(Portal.INTERNAL),
                Permission.of("pipeline", Action.VIEW), 15);
    }
}
