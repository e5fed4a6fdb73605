/**
 * HR's use cases. Three audiences, three sets of fields made for them: the
 * {@link dev.portico.hr.service.DirectoryEntry} every member of staff reads
 * ({@code directory:view}); the {@link dev.portico.hr.service.EmployeeRecord} of a manager's
 * team or of HR ({@code hr:view}, scoped TEAM or ALL); the
 * {@link dev.portico.hr.service.SensitiveFields} ({@code hr-sensitive:view}), fetched one
 * person at a time and logged. Summaries are computed in SQL over the scoped set.
 */
package dev.portico.hr.service;
