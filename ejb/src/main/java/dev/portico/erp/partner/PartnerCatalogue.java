package dev.portico.erp.partner;

import jakarta.ejb.Local;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue at the caller's partner prices ({@code partner:view}): the organisation's agreed
 * price per product, else the list price less its discount. Staff holding the permission through
 * partner support see list prices (no organisation).
 */
@Local
public interface PartnerCatalogue {

    int MAX_PAGE = 100;

    /** Products whose name or SKU contains {@code search} (all if blank), in SKU order after {@code afterSku}. */
    List<CatalogueItem> search(@Size(max = 100) String search, @NotNull @Size(max = 32) String afterSku,
                               @Min(1) @Max(MAX_PAGE + 1) int limit);

    Optional<CatalogueItem> find(@NotBlank @Size(max = 32) String sku);
}
