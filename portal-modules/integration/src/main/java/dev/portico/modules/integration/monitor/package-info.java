/**
 * The integration monitor page ({@code integration/monitor.xhtml}): flows with counts and lag,
 * messages waiting, failed attempts with their reasons, dead letters, and the audited replay.
 */
package dev.portico.modules.integration.monitor;
