package dev.portico.crm.partner;

import java.io.Serializable;

/** A customer the organisation serves and may order for: name and place, nothing the company keeps about it. */
public record PartnerCustomer(long id, String name, String city, String country) implements Serializable {

    /** What the cart proposes as the delivery address until the buyer types another. */
    public String defaultAddress() {
        return name + ", " + (city == null ? "" : city + ", ") + (country == null ? "" : country);
    }
}
