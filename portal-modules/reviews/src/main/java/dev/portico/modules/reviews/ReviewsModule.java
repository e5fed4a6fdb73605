package dev.portico.modules.reviews;

import dev.portico.access.domain.Action;
import dev.portico.access.domain.Permission;
import dev.portico.shell.spi.DeclaredModule;
import dev.portico.shell.spi.Portal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Access reviews for reviewers: opened with {@code reviews:approve}, the right every decision needs. */
@ApplicationScoped
public class ReviewsModule extends DeclaredModule {

    public ReviewsModule() {
        super("reviews", "dev.portico.modules.reviews.messages", "pi pi-check-square", "/reviews/queue.xhtml", Set.of(Portal.INTERNAL),
                Permission.of("reviews", Action.APPROVE), 85);
    }
}
