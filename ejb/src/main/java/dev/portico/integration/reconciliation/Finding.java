package dev.portico.integration.reconciliation;

import java.io.Serializable;

/** One difference between the CRM and the ERP; keys absent on a side are {@code null}. */
public record Finding(long id, FindingKind kind, Long crmAccountId, Long erpCustomerId, Long quoteId, Long erpOrderId,
                      String crmValue, String erpValue) implements Serializable {
}
