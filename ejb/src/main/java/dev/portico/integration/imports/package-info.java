/**
 * CSV imports: accounts into the CRM ({@code integration:edit}), products into the ERP's
 * catalogue ({@code products:edit}). A file is all or nothing: every row is checked, every bad
 * row is reported with its line number, and a file with any bad row imports nothing.
 */
package dev.portico.integration.imports;
