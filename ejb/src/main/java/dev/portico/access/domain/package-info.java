/**
 * The access model: partner organisations, and the versioned policy that maps job roles to
 * permissions ({@code module:action}) and data scopes. {@link dev.portico.access.domain.Policy}
 * turns a user's roles into their {@link dev.portico.access.domain.EffectiveAccess}.
 */
package dev.portico.access.domain;
