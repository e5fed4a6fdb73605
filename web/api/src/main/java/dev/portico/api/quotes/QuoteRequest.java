package dev.portico.api.quotes;

import dev.portico.crm.service.NewQuote;
import dev.portico.crm.service.NewQuoteLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /quotes}: an account and lines of SKU and quantity, priced from the
 * ERP's list; {@code currency} defaults to the list's. Wrapper types, so that a missing field is
 * named in the 400 rather than read as 0.
 */
public record QuoteRequest(
        @NotNull @Positive Long accountId,
        @Pattern(regexp = "[A-Za-z]{3}", message = "must be a three-letter currency code") String currency,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid Line> lines,
        @Size(max = 500) String discountReason) {

    /**
     * One line: which product, how many; an optional description for the customer, and for staff
     * an optional discount in percent of the ERP's price (a price itself is never accepted).
     */
    public record Line(@NotBlank @Size(max = 64) String sku, @NotNull @Positive @Max(1_000_000) Integer quantity,
                       @Size(max = 200) String description,
                       @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent) {
    }

    NewQuote toNewQuote() {
        return new NewQuote(accountId, currency,
                lines.stream().map(l -> new NewQuoteLine(l.sku().strip(), l.description(), l.quantity(), l.discountPercent())).toList(),
                discountReason);
    }
}
