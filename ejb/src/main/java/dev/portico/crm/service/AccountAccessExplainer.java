package dev.portico.crm.service;

import dev.portico.access.explain.AccessExplanation;
import jakarta.ejb.Local;

/** For auditors: why a user can or cannot see a customer account ({@code customers:view}). Needs {@code audit:view}. */
@Local
public interface AccountAccessExplainer {

    AccessExplanation explain(String username, long accountId);
}
