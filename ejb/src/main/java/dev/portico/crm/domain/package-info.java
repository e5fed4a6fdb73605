/** CRM aggregates and the rules that belong to them. */
package dev.portico.crm.domain;
