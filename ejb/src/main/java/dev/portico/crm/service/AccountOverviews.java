package dev.portico.crm.service;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * The account's 360° view, read in a fixed number of statements whatever the account holds
 * (one per section, never one per row), each section under the scope of its own permission.
 */
@Local
public interface AccountOverviews {

    /** Most recent items a section shows; the full lists live in their modules. */
    int SECTION_LIMIT = 50;

    /** Empty for an account that does not exist or lies outside the caller's {@code customers:view} scope. */
    Optional<Account360> find(long accountId);
}
