/**
 * The messaging adapter between the CRM and the ERP: {@link dev.portico.integration.erp.OrderIntakeConsumer}
 * takes signed orders off the {@code ErpOrderIntake} queue into the ERP's
 * {@link dev.portico.erp.port.OrderIntake}; {@link dev.portico.integration.erp.TopicOrderEvents}
 * publishes what the ERP reports on the {@code ErpEvents} topic.
 *
 * <p><b>XA rather than a transactional outbox.</b> The consumption of an order message, the
 * ERP's writes and the events they cause are one JTA transaction over two resources, the XA
 * datasource (MariaDB) and Artemis, committed with two-phase commit. Either everything happens
 * or the message goes back to the queue and nothing is visible. An outbox would trade this for
 * an extra table, a relay that polls it and at-least-once publishing with its own duplicates
 * to handle; it earns its keep when the broker cannot join the transaction (Kafka, a remote
 * HTTP system). Here the broker is embedded in the same server and the project already runs
 * XA for the CRM's own messages, so XA is the simpler and stronger choice. WildFly's transaction
 * manager logs its decisions, so a server killed between the phases finishes the commit or the
 * rollback when it restarts (recovery); the inbox ({@code integration_inbox}) and the unique
 * quote id on {@code sales_order} make any redelivery harmless.
 *
 * <p>Failures: a message whose processing throws rolls everything back. A message that can never
 * succeed (unreadable JSON, a SKU the ERP does not know) is parked in the dead-letter queue at its
 * first attempt; a transient failure (deadlock, lock wait, lost connection) is redelivered with a
 * growing, jittered delay until it passes; see {@link dev.portico.integration.monitor.RecordsFailures}
 * and {@code config/wildfly/portico.cli}.
 *
 * <p>Security: the broker authenticates every connection, in-VM ones too. This adapter consumes
 * as {@code erp-side} (the only identity allowed to consume the intake queue) and publishes as
 * {@code erp-side} (the only one allowed to send on the events topic); see
 * {@link dev.portico.contract.Destinations}.
 */
package dev.portico.integration.erp;
