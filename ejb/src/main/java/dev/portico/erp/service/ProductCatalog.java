package dev.portico.erp.service;

import dev.portico.platform.paging.PageRequest;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The products the company sells, with prices and stock. Reading needs {@code products:view},
 * changing {@code products:edit}. Every stock change is kept as a {@link StockMovementSummary}.
 */
@Local
public interface ProductCatalog {

    int MAX_PAGE = 200;

    /**
     * Up to {@code limit} products whose name or SKU contains {@code search} (all if blank),
     * in SKU order after {@code afterSku} (empty for the start): keyset paging.
     */
    List<ProductSummary> list(@Size(max = 100) String search, @NotNull @Size(max = 32) String afterSku,
                              @Min(1) @Max(MAX_PAGE) int limit);

    /** Products whose SKU or name contains {@code search} (all if blank); for the page's paginator. */
    long count(@Size(max = 100) String search);

    /**
     * One page of them, sorted by {@code sku} (default), {@code name}, {@code unitPrice},
     * {@code stockOnHand}, {@code reserved}, {@code available} or {@code reorderLevel}, in SQL.
     */
    List<ProductSummary> page(@Size(max = 100) String search, @NotNull @Valid PageRequest page);

    Optional<ProductSummary> find(@NotBlank String sku);

    /** The product's latest stock movements, newest first. */
    List<StockMovementSummary> movements(@NotBlank String sku, @Min(1) @Max(MAX_PAGE) int limit);

    /**
     * A stock count or a correction: {@code delta} (not 0) is added to stock on hand, recorded as an
     * ADJUSTMENT with the reason; reserved stock cannot be counted away.
     */
    ProductSummary adjustStock(@NotBlank String sku, int delta, @NotBlank @Size(max = 500) String reason);

    /**
     * Creates or revises products as a feed states them, the same way an on-screen count does:
     * each product locked (in SKU order), a changed stock on hand recorded as an ADJUSTMENT
     * movement with the caller and {@code reason}, reserved stock never counted away (a new
     * product's first stock is an adjustment too).
     *
     * @return how many of them were revised rather than created
     * @throws StockCountRefusedException when a count is below what is reserved now, under the lock
     */
    int importProducts(@NotNull List<@Valid ProductRecord> records, @NotBlank @Size(max = 500) String reason);

    /** Applies to orders received from now on; signed quotes keep their price. */
    ProductSummary changePrice(@NotBlank String sku, @NotNull @PositiveOrZero BigDecimal unitPrice);

    /**
     * Stops selling the product and announces it (once: a second call changes nothing): no new
     * quote line, no partner catalogue entry; orders already received are reserved and shipped
     * as before. It stays in this list, marked, for its stock and history.
     */
    ProductSummary discontinue(@NotBlank String sku);
}
