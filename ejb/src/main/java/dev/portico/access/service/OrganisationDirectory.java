package dev.portico.access.service;

import static dev.portico.access.Roles.EMPLOYEE;
import static dev.portico.access.Roles.PARTNER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Partner organisations by the alias that Keycloak puts in a partner user's token. */
@Stateless
@RolesAllowed({EMPLOYEE, PARTNER})
public class OrganisationDirectory {

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    public Optional<String> nameOf(String alias) {
        return em.createQuery("SELECT o.name FROM Organisation o WHERE o.alias = :alias", String.class)
                .setParameter("alias", alias)
                .getResultStream()
                .findFirst();
    }

    /** Every registered partner organisation, by name: what "view as partner" offers staff. */
    @RolesAllowed(EMPLOYEE)
    public List<OrganisationEntry> all() {
        return em.createQuery("SELECT NEW dev.portico.access.service.OrganisationEntry(o.alias, o.name, o.kind) FROM Organisation o "
                + "ORDER BY o.name, o.alias", OrganisationEntry.class).getResultList();
    }
}
