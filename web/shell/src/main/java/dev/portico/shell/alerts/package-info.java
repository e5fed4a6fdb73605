/**
 * Live alerts: CRM events a user must see at once (a shortage or credit hold on their customer's
 * order), pushed to their open pages over a Faces websocket after the transaction that recorded
 * them committed.
 */
package dev.portico.shell.alerts;
