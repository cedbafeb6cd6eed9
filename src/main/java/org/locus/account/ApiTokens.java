package org.locus.account;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Per-user API tokens: {@code locus_} and 32 random bytes, of which only the SHA-256 is kept (a token is random, so
 * a fast hash is enough: there is nothing to guess from it). A token acts as its account, with the account's team
 * and role as they are at each request; revoking deletes it, and the next request with it is refused.
 */
public final class ApiTokens {

    public static final String PREFIX = "locus_";
    public static final int MAX_PER_ACCOUNT = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    public ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public NewApiToken create(Account account, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new InvalidAccountException("a token needs a name of 1 to 100 characters, to tell it from others");
        }
        if (list(account).size() >= MAX_PER_ACCOUNT) {
            throw new InvalidAccountException("an account has at most " + MAX_PER_ACCOUNT
                    + " tokens; revoke one it no longer needs");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken(UUID.randomUUID(), label, clock.instant());
        jdbc.sql("insert into api_token (id, account_id, name, token_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(token.id(), account.id(), label, hash(secret), token.created().atOffset(ZoneOffset.UTC))
                .update();
        return new NewApiToken(token, secret);
    }

    public List<ApiToken> list(Account account) {
        return jdbc.sql("select id, name, created_at from api_token where account_id = ? order by created_at, id")
                .param(account.id())
                .query((rs, n) -> new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** @return {@code false} when the account has no such token */
    public boolean revoke(Account account, UUID token) {
        return jdbc.sql("delete from api_token where id = ? and account_id = ?").params(token, account.id()).update() > 0;
    }

    /** The user name of the account a secret belongs to, if it is a live token. */
    public Optional<String> owner(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select a.username from api_token t join account a on a.id = t.account_id where t.token_hash = ?")
                .param(hash(secret)).query(String.class).optional();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
