/**
 * Integration between bounded contexts over Jakarta Messaging. Consumers are idempotent:
 * each applied message is recorded in the inbox under its message id, in the same
 * transaction as its effect, so a redelivered message changes nothing.
 */
package dev.portico.integration;
