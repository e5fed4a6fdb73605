/**
 * The finance module (dave): invoices across customers with their state, receivables ageing
 * with drill-down, payments received, credit holds, a customer's statement of account, and the
 * finance widget of the home dashboard. Every figure comes from the ERP's {@code Receivables}
 * service (finance:view, scoped through the order's customer); customer names from the CRM,
 * their one source.
 */
package dev.portico.modules.finance;
