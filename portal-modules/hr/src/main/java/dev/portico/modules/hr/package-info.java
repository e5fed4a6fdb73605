/**
 * The HR portal module: the staff directory (every member of staff, {@code directory:view}), a
 * person's page (directory fields; their record for their manager and HR; sensitive fields for
 * HR only, fetched when asked for and access-logged), team and company summaries with charts
 * and exports, and HR's hire, move, leave and absence forms.
 */
package dev.portico.modules.hr;
