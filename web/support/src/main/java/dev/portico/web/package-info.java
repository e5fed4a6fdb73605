/**
 * What every Portico WAR shares, whatever it serves (portal pages, the REST API, the root
 * redirect): today the one correlation-id filter, registered by this jar's web fragment.
 */
package dev.portico.web;
