package org.locus.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * How much one request, and one client, may ask of the service, so that no client can tie it up, by accident or on
 * purpose. {@code docs/api.md} lists them all.
 *
 * @param maxBodySize      the largest request body, except a batch's ({@code locus.api.max-body-size})
 * @param maxBatchBodySize the largest batch request body ({@code locus.api.max-batch-body-size}); a batch holds many
 *                         answers documents, so it gets its own, larger limit
 * @param maxBatchSize     the most answers documents in one batch ({@code locus.api.max-batch-size})
 * @param batchTimeout     how long a batch's response may take to write ({@code locus.api.batch-timeout}); past it the
 *                         response ends where it is
 * @param maxUiBodySize    the largest request body to the UI, an uploaded answers file included
 *                         ({@code locus.api.max-ui-body-size})
 * @param bodyTimeout      how long a request body may take to arrive, from its first byte to its last
 *                         ({@code locus.api.body-timeout}); a body is read without holding a worker thread, so a slow
 *                         client costs a connection, never a thread
 * @param sessionTimeout   how long a UI session lives without a request ({@code locus.api.session-timeout}); an
 *                         open browser tab sends one every minute, so only abandoned sessions reach it
 * @param maxSessions      the most UI sessions at once ({@code locus.api.max-sessions}); each costs heap (about
 *                         0.4 MB per open tab), so size it to the heap
 * @param maxUisPerSession the most browser tabs one session keeps ({@code locus.api.max-uis-per-session}); opening
 *                         another closes the oldest
 * @param rateLimits       how many costly requests one client may make
 */
@ConfigurationProperties("locus.api")
public record ApiLimits(@DefaultValue("256KB") DataSize maxBodySize, @DefaultValue("4MB") DataSize maxBatchBodySize,
                        @DefaultValue("1000") int maxBatchSize, @DefaultValue("10m") Duration batchTimeout,
                        @DefaultValue("512KB") DataSize maxUiBodySize,
                        @DefaultValue("30s") Duration bodyTimeout, @DefaultValue("10m") Duration sessionTimeout,
                        @DefaultValue("1000") int maxSessions, @DefaultValue("10") int maxUisPerSession,
                        @DefaultValue RateLimits rateLimits) {

    /**
     * Per client (its IP address), each a number per minute: a client may use them all at once, then gets them back
     * evenly over the minute. 0 switches a limit off.
     *
     * @param batchesPerMinute  {@code POST /api/v1/diagnoses/batch} ({@code locus.api.rate-limits.batches-per-minute})
     * @param explainedPerMinute diagnoses with {@code ?explain=true}
     *                          ({@code locus.api.rate-limits.explained-per-minute})
     * @param sessionsPerMinute new UI sessions ({@code locus.api.rate-limits.sessions-per-minute})
     */
    public record RateLimits(@DefaultValue("10") int batchesPerMinute, @DefaultValue("120") int explainedPerMinute,
                             @DefaultValue("30") int sessionsPerMinute) {
    }
}
