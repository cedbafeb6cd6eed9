package org.locus.account;

/** A token just made: the only time its secret is seen; Locus keeps its hash. */
public record NewApiToken(ApiToken token, String secret) {
}
