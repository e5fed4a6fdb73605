/**
 * What every Portico WAR shares, whatever it serves (portal pages, the REST API, the root
 * redirect), registered by this jar's web fragment ahead of every other filter: the one
 * correlation-id filter, the security headers and the session cookie's attributes.
 */
package dev.portico.web;
