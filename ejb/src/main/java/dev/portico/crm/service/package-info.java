/**
 * CRM use cases as the web layer and other contexts see them: interfaces with validated
 * parameters, returning DTOs ({@link dev.portico.crm.service.AccountSummary},
 * {@link dev.portico.crm.service.QuoteSummary}, {@link dev.portico.crm.service.Account360}) rather
 * than entities. A record outside the caller's scope answers like a missing one
 * ({@link dev.portico.crm.service.NoSuchRecordException} or an empty result). Implementations
 * live in {@code internal}.
 */
package dev.portico.crm.service;
