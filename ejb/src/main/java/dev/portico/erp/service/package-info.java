/**
 * ERP use cases for people (the portals and the API): the product catalogue and the sales
 * orders' life after intake. Every method is guarded by a permission from the access policy;
 * they return DTOs, never entities.
 */
package dev.portico.erp.service;
