/**
 * Adapters between the bounded contexts over Jakarta Messaging (consumers, publishers, the inbox,
 * the monitor, reconciliation, CSV imports); the messages themselves are in {@code
 * dev.portico.contract}. Consumers are idempotent: each applied message is recorded in the inbox
 * under its message id, in the same transaction as its effect, so a redelivered message changes nothing.
 */
package dev.portico.integration;
