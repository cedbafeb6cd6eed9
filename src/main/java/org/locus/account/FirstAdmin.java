package org.locus.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At first start, when there is no account at all, makes the administrator: with the password the operator
 * configured ({@code locus.admin.password}), or else with a random one printed once, to the log, to be typed once
 * and replaced (the account must change it). Two instances starting on one empty database race harmlessly: the
 * user name is unique, and the loser finds the account made.
 */
public final class FirstAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private FirstAdmin() {
    }

    /** @return the password printed, or {@code null} when none was made or it was configured */
    public static String ensure(Accounts accounts, String username, String configuredPassword, String team) {
        if (accounts.any()) {
            return null;
        }
        accounts.team(team, "Administrators");
        boolean configured = configuredPassword != null && !configuredPassword.isEmpty();
        String password = configured ? configuredPassword : Accounts.randomPassword();
        try {
            accounts.create(username, password, team, Role.ADMIN, !configured);
        } catch (InvalidAccountException e) {
            if (accounts.find(username).isPresent()) {
                return null; // another instance made it first
            }
            throw e;
        }
        if (configured) {
            LOG.info("First start: made the administrator account '{}' with the configured password "
                    + "(locus.admin.password)", username);
            return null;
        }
        LOG.warn("First start: made the administrator account '{}' with the one-time password {} ; it is shown "
                + "only now: log in at /login and choose a password of your own (docs/operations.md)", username, password);
        return password;
    }
}
