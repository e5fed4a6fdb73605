/**
 * Database schema management. Flyway applies {@code db/migration} (and, in demo installs,
 * {@code db/demo}) when the application is deployed; EclipseLink never generates DDL.
 */
package dev.portico.platform.persistence;
