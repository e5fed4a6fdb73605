/**
 * How an import runs: {@link dev.portico.integration.imports.internal.ImportRun} streams the file
 * through {@link dev.portico.platform.csv.CsvReader}, checks each row on its own, then each chunk
 * of 500 rows against the database (one query per chunk), and writes chunks while no row has
 * failed; the service rolls the transaction back if any did. One class per file kind says what
 * its columns mean.
 */
package dev.portico.integration.imports.internal;
