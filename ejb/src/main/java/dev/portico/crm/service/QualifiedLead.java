package dev.portico.crm.service;

import java.io.Serializable;

/** What one qualification made: the prospect account, its contact and the opportunity. */
public record QualifiedLead(long leadId, long accountId, long contactId, long opportunityId) implements Serializable {
}
