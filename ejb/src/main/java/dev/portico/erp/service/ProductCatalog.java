package dev.portico.erp.service;

import jakarta.ejb.Local;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The products the company sells, with prices and stock. Reading needs {@code products:view}, changing {@code products:edit}. */
@Local
public interface ProductCatalog {

    int MAX_PAGE = 200;

    /**
     * Up to {@code limit} products whose name or SKU contains {@code search} (all if blank),
     * in SKU order after {@code afterSku} (empty for the start): keyset paging.
     */
    List<ProductSummary> list(@Size(max = 100) String search, @NotNull @Size(max = 32) String afterSku,
                              @Min(1) @Max(MAX_PAGE) int limit);

    Optional<ProductSummary> find(@NotBlank String sku);

    /** A stock count or a delivery: {@code delta} is added to stock on hand; reserved stock cannot be counted away. */
    ProductSummary adjustStock(@NotBlank String sku, int delta, @NotBlank @Size(max = 500) String reason);

    /** Applies to orders received from now on; signed quotes keep their price. */
    ProductSummary changePrice(@NotBlank String sku, @NotNull @PositiveOrZero BigDecimal unitPrice);
}
