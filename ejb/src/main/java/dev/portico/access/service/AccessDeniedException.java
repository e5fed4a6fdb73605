package dev.portico.access.service;

import dev.portico.access.domain.Permission;
import jakarta.ejb.ApplicationException;

/**
 * The caller's effective access does not include the permission a service method needs.
 * An application exception: it reaches the caller as is (the web layer answers 403) and rolls
 * the transaction back.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private final transient Permission permission;

    public AccessDeniedException(String user, Permission permission) {
        super(user + " may not " + permission);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
