/**
 * The ERP's boundary with the rest of Portico, as two ports. {@link dev.portico.erp.port.OrderIntake}
 * is what the integration layer calls when a signed order arrives; {@link dev.portico.erp.port.OrderEvents}
 * is what the ERP calls to tell the world what it did. Both speak the message contract
 * ({@code contract}), not ERP entities.
 *
 * <p>The built-in ERP ({@code erp.service.internal}) implements {@code OrderIntake}; the messaging
 * adapter ({@code integration.erp}) implements {@code OrderEvents}. A real external ERP would
 * replace the first with an adapter that calls its API (and feeds its notifications into
 * {@code OrderEvents}), and nothing on the CRM side would change: the queue, the topic and the
 * messages stay the same.
 */
package dev.portico.erp.port;
