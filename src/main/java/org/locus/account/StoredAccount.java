package org.locus.account;

import java.time.Instant;

/** An account as the log-in sees it: with its password hash and its count of failed log-ins. */
public record StoredAccount(Account account, String passwordHash, int failedLogins, Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
