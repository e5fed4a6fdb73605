package dev.portico.crm.partner;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A registration as its partner sees it: what they entered and the company's decision, in the
 * partner's words ({@code state}: Pending, Accepted, Rejected, Converted). Never the lead's owner,
 * source, internal notes or the account it became.
 */
public record PartnerRegistration(long id, String company, String contactName, BigDecimal estimatedAmount, String currency,
                                  String state, String decisionNote, Instant registeredAt, String registeredBy) implements Serializable {
}
