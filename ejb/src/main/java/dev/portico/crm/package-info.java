/**
 * The CRM bounded context (front office): customer accounts and, in later issues, prospects,
 * contacts, quotes and service tickets. It talks to other contexts only through the events in
 * {@code crm.event}.
 */
package dev.portico.crm;
