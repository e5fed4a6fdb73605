/**
 * The published language between Portico's bounded contexts: the messages they exchange, where
 * those travel, and the facts they carry. The only thing two contexts share; a context never
 * imports another's {@code domain} or reads its tables. CRM → ERP: {@link
 * dev.portico.contract.OrderSubmitted} on a queue (one consumer, the ERP), with the {@link
 * dev.portico.contract.AccountScope} the ERP restricts its lists by. ERP → CRM: {@link
 * dev.portico.contract.ErpEvent}s on a topic. Messages carry ids, quantities, amounts and staff or
 * organisation references, never a customer's name or contact details. Every message has a
 * {@code messageId} so consumers apply it once (see {@code integration.inbox.Inbox}).
 */
package dev.portico.contract;
