package dev.portico.crm.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** What a buyer submits: for which of the organisation's customers, where to deliver, which products. */
public record PartnerCart(
        long accountId,
        @Size(max = 500) String deliveryAddress,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid PartnerCartLine> lines) implements Serializable {

    public PartnerCart {
        lines = lines == null ? null : List.copyOf(lines);
    }
}
