package dev.portico.integration.imports;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;

/**
 * Imports a UTF-8 CSV file (RFC 4180, header row first) in one transaction: if any row is bad,
 * nothing is written and the result names every bad row's line. The file is read as a stream.
 */
@Local
public interface CsvImports {

    /**
     * New CRM accounts (prospects), columns {@code name, territory, owner[, partner, city, country]}.
     * An account whose name already exists is refused: an import creates, it never overwrites the
     * CRM. Needs {@code integration:edit}.
     */
    ImportResult importAccounts(@NotNull InputStream csv);

    /**
     * Products of the ERP's catalogue, columns
     * {@code sku, name, unit_price, currency[, stock_on_hand, reorder_level, supplier]}. A new SKU is
     * created; a known SKU is updated (the stock is a stock count and may not fall below what is
     * reserved for orders). Needs {@code products:edit}.
     */
    ImportResult importProducts(@NotNull InputStream csv);

    /**
     * Employees for HR, columns {@code username, first_name, last_name, work_email, department,
     * job_title, start_date[, manager, work_phone, location, territory, employment_type]}; an
     * unknown department or manager is a line error; a username already in HR is refused.
     * Needs {@code hr:edit}.
     */
    ImportResult importEmployees(@NotNull InputStream csv);

    /** Absences, columns {@code username, type, first_day, last_day[, approved_by, reason]}. Needs {@code hr:edit}. */
    ImportResult importAbsences(@NotNull InputStream csv);
}
