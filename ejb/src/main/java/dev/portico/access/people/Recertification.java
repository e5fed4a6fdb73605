package dev.portico.access.people;

import dev.portico.access.review.ReviewStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A partner administrator's yearly re-certification of their people: an access-review campaign
 * (the auditors see it with the others) whose items are the partner roles of the organisation's
 * users, with the administrator as reviewer.
 */
public record Recertification(long id, String name, Instant startedAt, ReviewStatus status, List<Item> items)
        implements Serializable {

    public Recertification {
        items = List.copyOf(items);
    }

    /** One role of one user, and what the administrator decided. */
    public record Item(long id, String username, String role, String decision, String comment) implements Serializable {
    }

    public long undecided() {
        return items.stream().filter(i -> "PENDING".equals(i.decision())).count();
    }
}
