package dev.portico.crm.domain;

/** Where a lead came from; PARTNER for a distributor's deal registration. */
public enum LeadSource {
    WEB,
    EVENT,
    REFERRAL,
    PARTNER,
    CAMPAIGN,
    COLD_CALL,
    OTHER
}
