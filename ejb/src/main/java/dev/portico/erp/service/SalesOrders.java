package dev.portico.erp.service;

import dev.portico.erp.domain.OrderStatus;
import jakarta.ejb.Local;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Sales orders after intake: reading them (in the caller's {@code orders:view} scope), releasing
 * a credit hold ({@code orders:approve}), shipping ({@code orders:edit} and, since stock leaves,
 * {@code products:edit}: the warehouse), invoicing and payments
 * ({@code finance:edit}). Each change publishes its ERP event in the same transaction; an order
 * outside the caller's scope answers {@link NoSuchOrderException}, like a missing one.
 */
@Local
public interface SalesOrders {

    int MAX_PAGE = 200;

    Optional<OrderSummary> find(long orderId);

    Optional<OrderSummary> findByQuote(long quoteId);

    /** Up to {@code limit} orders with an id above {@code afterId}, in id order, optionally of one status. */
    List<OrderSummary> list(OrderStatus status, @PositiveOrZero long afterId, @Min(1) @Max(MAX_PAGE) int limit);

    /** Accepts the credit risk: the order is confirmed, stock reserved, {@code ORDER_CONFIRMED} published. */
    OrderSummary approveCreditHold(long orderId, @NotBlank @Size(max = 500) String reason);

    /** Ships a confirmed, fully reserved order: {@code SHIPPED}. */
    OrderSummary ship(long orderId);

    /** Ships as {@link #ship(long)} does, naming the carrier and the tracking number the customer follows. */
    OrderSummary ship(long orderId, @Size(max = 40) String carrier, @Size(max = 64) String trackingNumber);

    /** Invoices a shipped order; the customer's balance grows by its total: {@code INVOICED}. */
    OrderSummary invoice(long orderId);

    /** Records a payment; {@code PAYMENT_RECEIVED} with the balance after it, PAID once nothing is owed. */
    OrderSummary recordPayment(long orderId, @NotNull @Positive BigDecimal amount);
}
