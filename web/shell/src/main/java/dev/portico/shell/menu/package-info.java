/** The menu: the registered modules filtered by portal and by what the signed-in user may reach. */
package dev.portico.shell.menu;
