package org.locus.account;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Making and changing accounts and teams. Passwords are checked for length only (NIST's advice: length, not
 * character classes) and kept only as the encoder's hash.
 */
public final class Accounts {

    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 128;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public Accounts(AccountStore store, PasswordEncoder encoder, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.clock = clock;
    }

    public Team team(String id, String name) {
        return store.team(checkedName("team id", id), name == null || name.isBlank() ? id : name.strip(),
                clock.instant());
    }

    public Account create(String username, String password, String team, Role role) {
        return create(username, password, team, role, false);
    }

    Account create(String username, String password, String team, Role role, boolean mustChange) {
        String name = checkedName("user name", username);
        if (store.findTeam(team).isEmpty()) {
            throw new InvalidAccountException("there is no team '" + team + "'");
        }
        return store.create(name, encoder.encode(checkedPassword(password)), team, role, mustChange, clock.instant());
    }

    public Optional<Account> find(String username) {
        return store.find(username).map(StoredAccount::account);
    }

    public List<Account> list() {
        return store.list();
    }

    public boolean any() {
        return store.count() > 0;
    }

    /** @throws InvalidAccountException when the current password is wrong or the new one too short or long */
    public void changePassword(String username, String current, String replacement) {
        StoredAccount stored = store.find(username).orElseThrow(() -> new InvalidAccountException("no such account"));
        if (current == null || !encoder.matches(current, stored.passwordHash())) {
            throw new InvalidAccountException("the current password is not right");
        }
        store.changePassword(stored.account().id(), encoder.encode(checkedPassword(replacement)), false);
    }

    /** Deletes the account and what is its alone; the team's assessments stay with the team. */
    public void delete(UUID account) {
        if (!store.delete(account)) {
            throw new InvalidAccountException("no such account");
        }
    }

    /** A password for someone to type once and replace: 20 characters from 56, about 116 bits. */
    public static String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }

    static String checkedName(String what, String value) {
        String name = value == null ? "" : value.strip();
        if (!NAME.matcher(name).matches()) {
            throw new InvalidAccountException("a " + what + " is 1 to 100 lower-case letters, digits and . _ @ -, "
                    + "starting with a letter or digit");
        }
        return name;
    }

    static String checkedPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidAccountException("a password needs at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new InvalidAccountException("a password has at most " + MAX_PASSWORD + " characters");
        }
        return password;
    }

    /** How long {@link LoginThrottle} locks an account, and after how many failures in a row. */
    public record Throttle(int lockAfter, Duration lockFor) {
    }
}
