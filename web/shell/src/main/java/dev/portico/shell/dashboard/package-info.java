/**
 * The internal home page's dashboard: the {@link dev.portico.shell.spi.DashboardWidget}s modules
 * contribute, filtered by the user's permissions, each isolated from the others' failures.
 */
package dev.portico.shell.dashboard;
