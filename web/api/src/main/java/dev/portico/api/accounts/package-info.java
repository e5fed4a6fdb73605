/** {@code /v1/accounts}: customer accounts within the caller's data scope, cursor-paged. */
package dev.portico.api.accounts;
