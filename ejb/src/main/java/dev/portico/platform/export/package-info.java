/**
 * Reports as files: a {@link dev.portico.platform.export.Table} (what a screen shows) written as
 * CSV or PDF by {@link dev.portico.platform.export.TableExporter}. Services build the table
 * under their own permission check (an export is the {@code export} action), so a file never
 * holds more than its reader may see.
 */
package dev.portico.platform.export;
