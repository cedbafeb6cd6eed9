package org.locus.account;

import java.time.Instant;
import java.util.UUID;

/**
 * One person who can log in: a user name, the team whose assessments they see, and a role. {@code mustChange}: the
 * password was chosen by someone else (the first admin's printed one) and should be replaced.
 */
public record Account(UUID id, String username, String team, Role role, boolean mustChange, Instant created) {
}
