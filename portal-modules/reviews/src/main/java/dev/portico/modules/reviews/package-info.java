/**
 * The reviewers' module of access reviews (managers and portal administrators, with
 * {@code reviews:approve}): the grants waiting for the caller's decision, kept or removed with a
 * comment, and the caller's recent decisions. Campaigns are started and followed by auditors in
 * the audit module.
 */
package dev.portico.modules.reviews;
