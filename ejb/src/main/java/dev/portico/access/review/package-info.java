/**
 * Access-review campaigns. An auditor starts a campaign over a set of users; it holds one
 * {@link dev.portico.access.review.ReviewItem} per job role each user holds directly, and each
 * item is decided by the user's manager, or by any portal administrator when the user has none
 * (partner users, staff at the top, and anyone whose manager would review their own grant).
 * The campaign itself changes no access, which is why starting one is part of the auditor's
 * read-only {@code audit:view}; a reviewer's {@code REVOKED} decision, made with
 * {@code reviews:approve}, removes the role in Keycloak. The rules of a campaign and of an item
 * live here; the use cases are {@code AccessReviews} and {@code ReviewDecisions}.
 */
package dev.portico.access.review;
