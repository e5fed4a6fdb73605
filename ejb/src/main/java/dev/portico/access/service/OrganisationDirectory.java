package dev.portico.access.service;

import static dev.portico.access.Roles.EMPLOYEE;
import static dev.portico.access.Roles.PARTNER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
