package org.locus.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where accounts and teams are kept. */
public interface AccountStore {

    /** Creates the team unless it exists; either way, the team with this id. */
    Team team(String id, String name, Instant at);

    Optional<Team> findTeam(String id);

    /** @throws InvalidAccountException when the user name is taken */
    Account create(String username, String passwordHash, String team, Role role, boolean mustChange, Instant at);

    Optional<StoredAccount> find(String username);

    long count();

    List<Account> list();

    void changePassword(UUID account, String passwordHash, boolean mustChange);

    /** One more failed log-in; locks the account until {@code lockUntil} when it makes {@code lockAfter} in a row. */
    void failedLogin(String username, int lockAfter, Instant lockUntil);

    void succeededLogin(String username);

    /** Deletes the account; {@code false} when there was none. */
    boolean delete(UUID account);
}
