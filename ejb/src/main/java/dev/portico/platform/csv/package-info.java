/**
 * Reading CSV files (RFC 4180) as a stream of records that know the line they started on, so an
 * import can name the line of a bad row. Writing CSV lives in {@code platform.export}.
 */
package dev.portico.platform.csv;
