/** The inbox of applied messages and the consumers that fill it. */
package dev.portico.integration.inbox;
