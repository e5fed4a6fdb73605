package dev.portico.access.service;

import dev.portico.access.domain.Permission;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/** Records attempts to reach records outside one's scope, for the auditors. */
@Stateless
@PermitAll
public class AccessLog {

    private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());

    @PersistenceContext(unitName = "portico")
    private EntityManager em;

    /** In a transaction of its own: the refused request may well roll back, the record must stay. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String username, Permission permission, String recordType, String recordId) {
        LOG.warning(() -> "Out-of-scope " + permission + " on " + recordType + " " + recordId + " by " + username);
        em.createNativeQuery("INSERT INTO access_log (username, permission, record_type, record_id, outcome) "
                        + "VALUES (?, ?, ?, ?, 'REFUSED')")
                .setParameter(1, username)
                .setParameter(2, permission.toString())
                .setParameter(3, recordType)
                .setParameter(4, recordId)
                .executeUpdate();
    }
}
