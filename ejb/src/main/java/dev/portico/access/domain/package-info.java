/** Partner organisations: the distributors and suppliers whose users sign in to the external portal. */
package dev.portico.access.domain;
