/**
 * {@code /v1/leads}, {@code /v1/opportunities}, {@code /v1/forecast}: the sales pipeline within the
 * caller's {@code leads} and {@code pipeline} scopes, cursor-paged; entering and qualifying a
 * lead, opening an opportunity and changing its stage (each change recorded).
 */
package dev.portico.api.pipeline;
