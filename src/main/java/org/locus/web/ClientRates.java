package org.locus.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import org.locus.api.ApiLimits;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One token bucket per client and kind of costly request (Bucket4j): a client may spend its whole minute's allowance at
 * once, and gets it back evenly over the minute. A client is its IP address, as the server sees it (behind a reverse
 * proxy, see docs/operations.md). The buckets live in a bounded cache and are dropped when their client is quiet, so
 * a flood of addresses cannot grow them without end.
 */
final class ClientRates {

    /** The requests that cost the service more than a plain one: CPU for the first two, heap for the third. */
    enum Kind {
        BATCH("batches"), EXPLAINED("diagnoses with explain=true"), SESSION("new UI sessions");

        final String plural;

        Kind(String plural) {
            this.plural = plural;
        }
    }

    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final Map<Kind, Integer> perMinute = new EnumMap<>(Kind.class);
    private final Map<Kind, Cache<String, Bucket>> buckets = new EnumMap<>(Kind.class);

    ClientRates(ApiLimits.RateLimits limits) {
        perMinute.put(Kind.BATCH, limits.batchesPerMinute());
        perMinute.put(Kind.EXPLAINED, limits.explainedPerMinute());
        perMinute.put(Kind.SESSION, limits.sessionsPerMinute());
        for (Kind kind : Kind.values()) {
            buckets.put(kind, Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(PERIOD.multipliedBy(2)).build());
        }
    }

    static String client(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    /** Takes one request of this kind from the client's allowance; empty when it may go ahead, else how long to wait. */
    Optional<Duration> take(Kind kind, String client) {
        int limit = perMinute.get(kind);
        if (limit <= 0) {
            return Optional.empty();
        }
        Bucket bucket = buckets.get(kind).get(client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, PERIOD).build()).build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Whether the client has any allowance left, without taking from it. */
    boolean hasLeft(Kind kind, String client) {
        int limit = perMinute.get(kind);
        Bucket bucket = limit <= 0 ? null : buckets.get(kind).getIfPresent(client);
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    String tooMany(Kind kind, Duration wait) {
        return "Too many " + kind.plural + " from your address: at most " + perMinute.get(kind)
                + " a minute. Try again in " + Math.max(1, (wait.toMillis() + 999) / 1000) + " seconds.";
    }
}
