package org.locus.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.locus.web.Problems.assertProblem;
import static org.locus.web.Problems.detail;

/** Each client has its allowance of costly requests; past it, a 429 problem with Retry-After, and others go on. */
@StrictLimits
class RateLimitsTest {

    private static final String ANSWERS = "{\"answers\": {\"cluster-present\": true}}";
    private static final String BATCH = "{\"items\": [{\"id\": \"a\", \"answers\": {}}]}";

    @LocalServerPort
    int port;

    private RawHttp.Response post(String from, String target, String body) {
        return new RawHttp(port).send(RawHttp.request("POST", target, List.of("Content-Type: application/json"),
                body.getBytes(StandardCharsets.UTF_8)), from);
    }

    @Test
    void aClientPastItsBatchesGetsA429WithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            assertThat(post("127.0.1.1", "/api/v1/diagnoses/batch", BATCH).status()).isEqualTo(200);
        }

        RawHttp.Response refused = post("127.0.1.1", "/api/v1/diagnoses/batch", BATCH);

        assertProblem(refused, 429);
        assertThat(detail(refused)).startsWith("Too many batches from your address: at most 3 a minute.");
        assertThat(Integer.parseInt(refused.header("Retry-After").orElseThrow())).isBetween(1, 60);
        assertThat(post("127.0.1.2", "/api/v1/diagnoses/batch", BATCH).status()).as("another client").isEqualTo(200);
    }

    @Test
    void explainedDiagnosesHaveTheirOwnAllowanceAndPlainOnesNone() {
        for (int i = 0; i < 4; i++) {
            assertThat(post("127.0.1.3", "/api/v1/diagnoses?explain=true", ANSWERS).status()).isEqualTo(200);
        }

        assertProblem(post("127.0.1.3", "/api/v1/diagnoses?explain=true", ANSWERS), 429);
        assertProblem(post("127.0.1.3", "/api/v1/cases/castellon-ceramic-tiles/diagnosis?explain=yes", ""), 429);
        assertProblem(post("127.0.1.3", "/api/v1/diagnoses;x=1?%65xplain=TRUE", ANSWERS), 429);
        for (int i = 0; i < 10; i++) {
            assertThat(post("127.0.1.3", "/api/v1/diagnoses", ANSWERS).status()).as("plain").isEqualTo(200);
            assertThat(post("127.0.1.3", "/api/v1/diagnoses?explain=false", ANSWERS).status()).isEqualTo(200);
        }
    }
}
