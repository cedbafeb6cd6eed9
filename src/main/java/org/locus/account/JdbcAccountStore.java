package org.locus.account;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Accounts and teams in the application's database (schema: {@code db/migration/V2__accounts.sql}). */
public final class JdbcAccountStore implements AccountStore {

    private final JdbcClient jdbc;

    public JdbcAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Team team(String id, String name, Instant at) {
        try {
            jdbc.sql("insert into team (id, name, created_at) values (?, ?, ?)").params(id, name, time(at)).update();
        } catch (DuplicateKeyException e) {
            // made meanwhile, perhaps by another instance: that one is the team
        }
        return findTeam(id).orElseThrow();
    }

    @Override
    public Optional<Team> findTeam(String id) {
        return jdbc.sql("select id, name from team where id = ?").param(id)
                .query((rs, n) -> new Team(rs.getString("id"), rs.getString("name"))).optional();
    }

    @Override
    public Account create(String username, String passwordHash, String team, Role role, boolean mustChange,
                          Instant at) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into account (id, username, password_hash, team, role, must_change, failed_logins,
                        locked_until, created_at)
                    values (?, ?, ?, ?, ?, ?, 0, null, ?)""")
                    .params(id, username, passwordHash, team, role.id(), mustChange, time(at)).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidAccountException("the user name '" + username + "' is taken");
        }
        return new Account(id, username, team, role, mustChange, at);
    }

    @Override
    public Optional<StoredAccount> find(String username) {
        return jdbc.sql("select * from account where username = ?").param(username)
                .query((rs, n) -> new StoredAccount(account(rs), rs.getString("password_hash"),
                        rs.getInt("failed_logins"), instant(rs, "locked_until")))
                .optional();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }

    @Override
    public List<Account> list() {
        return jdbc.sql("select * from account order by team, username").query((rs, n) -> account(rs)).list();
    }

    @Override
    public void changePassword(UUID account, String passwordHash, boolean mustChange) {
        jdbc.sql("update account set password_hash = ?, must_change = ? where id = ?")
                .params(passwordHash, mustChange, account).update();
    }

    @Override
    public void failedLogin(String username, int lockAfter, Instant lockUntil) {
        // one statement, so that failures counted on two instances at once both count
        jdbc.sql("""
                update account set failed_logins = failed_logins + 1,
                    locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
                where username = ?""")
                .params(lockAfter, time(lockUntil), username).update();
    }

    @Override
    public void succeededLogin(String username) {
        jdbc.sql("update account set failed_logins = 0, locked_until = null where username = ?").param(username)
                .update();
    }

    @Override
    public boolean delete(UUID account) {
        return jdbc.sql("delete from account where id = ?").param(account).update() > 0;
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("team"),
                Role.of(rs.getString("role")), rs.getBoolean("must_change"), instant(rs, "created_at"));
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
