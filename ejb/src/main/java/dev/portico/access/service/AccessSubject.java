package dev.portico.access.service;

import dev.portico.access.directory.DirectoryUser;
import dev.portico.access.domain.PolicyRule;
import java.util.List;
import java.util.Optional;

/**
 * Another user as the access model sees them, for an auditor's question about one permission:
 * the directory entry, the caller they would be (territory, team, organisations), the policy's
 * rules for that permission among their roles, and the grant those rules add up to (empty when
 * they add up to nothing).
 */
public record AccessSubject(DirectoryUser user, Caller caller, int policyVersion, List<PolicyRule> rules,
                            Optional<ScopeGrant> grant) {
}
