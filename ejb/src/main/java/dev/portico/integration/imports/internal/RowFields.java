package dev.portico.integration.imports.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** One record's values by column name, stripped; a blank value is absent. Parsers add their complaints to a list. */
final class RowFields {

    private final Map<String, Integer> columns;
    private final List<String> values;

    RowFields(Map<String, Integer> columns, List<String> values) {
        this.columns = columns;
        this.values = values;
    }

    /** The value, or {@code null} if the column is absent from the file or the cell is blank. */
    String get(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = values.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    String text(String column, int maxLength, boolean required, List<String> problems) {
        String value = get(column);
        if (value == null) {
            if (required) {
                problems.add(column + " is required");
            }
            return null;
        }
        if (value.length() > maxLength) {
            problems.add(column + " is longer than " + maxLength + " characters");
            return null;
        }
        return value;
    }

    /** A whole number from 0 up; blank is {@code fallback}. */
    Integer count(String column, int fallback, List<String> problems) {
        String value = get(column);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, as for a negative number
        }
        problems.add(column + " must be a whole number of 0 or more, not '" + value + "'");
        return null;
    }

    /** An amount from 0 up with at most two decimals (a point, no thousands separators) that fits DECIMAL(12,2). */
    BigDecimal amount(String column, List<String> problems) {
        String value = get(column);
        if (value == null) {
            problems.add(column + " is required");
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() >= 0 && amount.scale() <= 2 && amount.precision() - amount.scale() <= 10
                    && value.matches("[0-9]+(\\.[0-9]{1,2})?")) {
                return amount;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(column + " must be an amount of 0 or more with at most two decimals, like 12.50, not '" + value + "'");
        return null;
    }
}
