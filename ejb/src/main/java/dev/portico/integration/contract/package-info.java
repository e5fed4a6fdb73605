/**
 * The messages between the CRM and the ERP contexts, and where they travel: the only thing the
 * two contexts share. CRM → ERP: {@link dev.portico.integration.contract.OrderSubmitted} on a
 * queue (one consumer, the ERP). ERP → CRM: {@link dev.portico.integration.contract.ErpEvent}s
 * on a topic. Messages carry ids, quantities and amounts, never a customer's name or contact
 * details: the ERP knows a customer by the CRM account id it mapped. Every message has a
 * {@code messageId} so consumers apply it once (see {@code integration.inbox.Inbox}).
 */
package dev.portico.integration.contract;
