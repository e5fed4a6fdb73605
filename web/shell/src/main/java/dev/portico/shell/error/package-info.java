/**
 * Errors as a user sees them: a readable page with a correlation id, never a stack trace.
 * The log carries the stack trace under the same id, so support can find it.
 */
package dev.portico.shell.error;
