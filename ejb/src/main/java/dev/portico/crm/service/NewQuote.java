package dev.portico.crm.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * A draft quote as the user typed it; without a currency, that of the lines' prices (a currency
 * the price list does not price in is refused). {@code discountReason} explains any discounted line.
 */
public record NewQuote(
        long accountId,
        @Pattern(regexp = "[A-Za-z]{3}", message = "must be a three-letter currency code") String currency,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid NewQuoteLine> lines,
        @Size(max = 500) String discountReason) implements Serializable {

    public NewQuote(long accountId, String currency, List<NewQuoteLine> lines) {
        this(accountId, currency, lines, null);
    }
}
