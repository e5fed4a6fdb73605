/**
 * The Service module: the ticket queue in SLA order with the time each ticket has left, and a
 * ticket's page to assign, comment and resolve it. Plain forms, usable without scripts.
 */
package dev.portico.modules.service;
