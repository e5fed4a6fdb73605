package dev.portico.crm.service.internal;

import dev.portico.access.service.AccessLog;
import dev.portico.access.service.ScopeGrant;
import dev.portico.crm.service.NoSuchRecordException;
import jakarta.persistence.EntityManager;

/**
 * The answer for a record the scoped query did not find: always {@link NoSuchRecordException},
 * and, when the record does exist (it lay outside the caller's scope), an access-log entry for
 * the auditors. The existence check runs only after a miss and never changes the answer.
 */
final class OutOfScope {

    private OutOfScope() {
    }

    /** {@code entity} is a JPQL entity name from this package's constants, never user input. */
    static NoSuchRecordException noSuch(EntityManager em, AccessLog log, ScopeGrant grant, String entity,
                                        String recordType, long id) {
        logIfExists(em, log, grant, entity, recordType, id);
        return new NoSuchRecordException(recordType, id);
    }

    /** For finders that answer a miss with an empty result rather than an exception. */
    static void logIfExists(EntityManager em, AccessLog log, ScopeGrant grant, String entity, String recordType, long id) {
        if (exists(em, entity, id)) {
            log.refused(grant.caller().username(), grant.permission(), recordType, Long.toString(id));
        }
    }

    static boolean exists(EntityManager em, String entity, long id) {
        return !em.createQuery("SELECT x.id FROM " + entity + " x WHERE x.id = :id", Long.class)
                .setParameter("id", id)
                .getResultList()
                .isEmpty();
    }
}
