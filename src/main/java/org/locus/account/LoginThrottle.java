package org.locus.account;

import java.time.Clock;

/**
 * Repeated failed log-ins lock the account for a while: after {@code lockAfter} failures in a row, {@code lockFor};
 * after that, each further failure locks it again until a log-in succeeds. The count is in the database, so a
 * guesser gains nothing by spreading attempts over several instances. While locked, even the right password is
 * refused (the lock is checked before the password).
 */
public final class LoginThrottle {

    private final AccountStore store;
    private final Accounts.Throttle settings;
    private final Clock clock;

    public LoginThrottle(AccountStore store, Accounts.Throttle settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    public void failed(String username) {
        store.failedLogin(username, settings.lockAfter(), clock.instant().plus(settings.lockFor()));
    }

    public void succeeded(String username) {
        store.succeededLogin(username);
    }

    public boolean locked(StoredAccount account) {
        return account.lockedAt(clock.instant());
    }
}
