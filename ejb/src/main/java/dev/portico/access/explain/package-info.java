/**
 * "Why can this user see this record?": an {@link dev.portico.access.explain.AccessExplanation}
 * lays out the chain an auditor follows — the user's roles, the rules of the policy version in
 * force, each rule's scope as the predicate the query would use, whether the record satisfies
 * it — and the verdict, which is the scoped query itself run for that user, not a re-computation.
 */
package dev.portico.access.explain;
