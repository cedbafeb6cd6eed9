package org.locus.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Accounts' settings ({@code locus.accounts.*}, docs/operations.md).
 *
 * @param lockAfter how many failed log-ins in a row lock an account
 * @param lockFor   for how long
 * @param admin     the administrator made at first start, when there is no account yet
 */
@ConfigurationProperties("locus.accounts")
public record AccountProperties(@DefaultValue("5") int lockAfter, @DefaultValue("15m") Duration lockFor,
                                @DefaultValue Admin admin) {

    /**
     * @param username its user name
     * @param password its password; empty: a random one-time password, printed once to the log
     * @param team     the team it belongs to
     */
    public record Admin(@DefaultValue("admin") String username, @DefaultValue("") String password,
                        @DefaultValue("administrators") String team) {
    }
}
