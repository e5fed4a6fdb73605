/**
 * Portico's shared services, one package per bounded context: {@code crm} (customers),
 * {@code access} (partner organisations, later policy and grants), {@code integration}
 * (messages between contexts), and {@code platform} for the technical pieces they share.
 */
package dev.portico;
