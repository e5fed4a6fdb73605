/**
 * The sales pipeline's pages: the leads inbox and a lead's qualification, the board, an
 * opportunity with its history and quotes, the forecast and the overdue-contact list. Every
 * figure comes from the CRM's pipeline services, which apply the caller's scope; the pages only
 * arrange it.
 */
package dev.portico.modules.pipeline;
