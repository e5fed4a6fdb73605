package dev.portico.access.service;

import dev.portico.contract.EmployeeJoined;
import dev.portico.contract.EmployeeLeft;
import dev.portico.contract.EmployeeMoved;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user's territory, manager and team, read once per request: a table page asks the guard twice (count,
 * then rows), and the staff query need not run twice for it. HR owns these facts; the access model
 * reads the placements HR publishes ({@code hr_placement}: the staff in service), never a copy of
 * its own, so a transfer or a leave recorded in HR changes the scopes at the next request.
 */
@RequestScoped
public class StaffPlacements {

    /** Territory, manager ({@code null} if none) and team (the user and their reports). */
    public record Placement(String territory, String manager, Set<String> team) {
    }

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    private final Map<String, Placement> read = new HashMap<>();

    public Placement of(String username) {
        return read.computeIfAbsent(username, this::load);
    }

    /**
     * HR changed a placement in this request: what was read before it no longer holds. (Each
     * request reads afresh anyway; this is for a use case that moves someone and then reads.)
     */
    void joined(@Observes(notifyObserver = Reception.IF_EXISTS) EmployeeJoined joined) {
        read.clear();
    }

    void moved(@Observes(notifyObserver = Reception.IF_EXISTS) EmployeeMoved moved) {
        read.clear();
    }

    void left(@Observes(notifyObserver = Reception.IF_EXISTS) EmployeeLeft left) {
        read.clear();
    }

    private Placement load(String username) {
        String territory = null;
        String manager = null;
        Set<String> team = new HashSet<>(Set.of(username));
        @SuppressWarnings("unchecked")
        List<Object[]> staff = em.createNativeQuery(
                        "SELECT username, territory, manager_username FROM hr_placement WHERE username = ? OR manager_username = ?")
                .setParameter(1, username)
                .setParameter(2, username)
                .getResultList();
        for (Object[] row : staff) {
            team.add((String) row[0]);
            if (username.equals(row[0])) {
                territory = (String) row[1];
                manager = (String) row[2];
            }
        }
        return new Placement(territory, manager, Set.copyOf(team));
    }
}
