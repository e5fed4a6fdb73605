/**
 * The crash test: orders flow from the CRM to the ERP and events back while the WildFly JVM is
 * killed with SIGKILL and started again through the launcher; afterwards the database must show
 * every signed quote as exactly one ERP order and every ERP event once on the CRM's timeline.
 */
package dev.portico.it.crash;
