/**
 * How a portal module declares itself. A module JAR contains a CDI bean implementing
 * {@link dev.portico.shell.spi.PortalModule}; the shell discovers every such bean and builds
 * the menu from those the signed-in user may reach. There is no hand-kept list of modules.
 */
package dev.portico.shell.spi;
