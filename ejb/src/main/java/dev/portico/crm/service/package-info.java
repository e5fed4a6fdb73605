/**
 * CRM use cases as the web layer and other contexts see them: interfaces with validated
 * parameters, returning DTOs ({@link dev.portico.crm.service.AccountSummary}) rather than
 * entities. Implementations live in {@code internal}.
 */
package dev.portico.crm.service;
