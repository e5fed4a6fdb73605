package dev.portico.crm.service;

import jakarta.ejb.ApplicationException;

/**
 * No such record for this caller: it does not exist, or it lies outside the caller's data scope.
 * The two are one answer on purpose, so that a refusal tells nothing about what exists.
 */
@ApplicationException(rollback = true)
public class NoSuchRecordException extends RuntimeException {

    private final String recordType;
    private final long id;

    public NoSuchRecordException(String recordType, long id) {
        super("no " + recordType + " " + id);
        this.recordType = recordType;
        this.id = id;
    }

    public String recordType() {
        return recordType;
    }

    public long id() {
        return id;
    }
}
