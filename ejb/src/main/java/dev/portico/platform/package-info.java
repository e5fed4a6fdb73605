/** Technical building blocks shared by all bounded contexts: schema migrations and page requests. */
package dev.portico.platform;
