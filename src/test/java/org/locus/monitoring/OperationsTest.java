package org.locus.monitoring;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.locus.reload.LiveKnowledge;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator and a rule author see of a running server with {@code locus.rules-dir}: health, readiness, info
 * and metrics on the management port; an edited rule file answering the next diagnosis without a restart; a broken
 * edit leaving the old rules answering while health says what is wrong. The tiny test rule base keeps each reload
 * short.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsTest {

    private static final Path MINI = Path.of("src/test/resources/mini-rules");
    private static final Path RULES = copyOfMiniRules();
    private static final Path CASES = folder("locus-cases-");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RED_TAPE = "{\"answers\": {\"red-tape\": true}}";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    LiveKnowledge knowledge;

    @BeforeEach
    void knowledgeLoaded() {
        // it loads while the application starts; readiness is what a client waits for
        knowledge.awaitFirstLoad();
    }

    @DynamicPropertySource
    static void knowledgeFolders(DynamicPropertyRegistry registry) {
        registry.add("locus.rules-dir", RULES::toString);
        registry.add("locus.cases-dir", CASES::toString);
        registry.add("locus.reload.interval", () -> "100ms");
    }

    @Test
    void healthLivenessAndReadinessAnswerOnTheManagementPort() {
        assertThat(json(management("/actuator/health/liveness")).path("status").asString()).isEqualTo("UP");
        assertThat(json(management("/actuator/health/readiness")).path("status").asString()).isIn("UP", "DEGRADED");
        JsonNode health = json(management("/actuator/health"));
        assertThat(health.at("/components/knowledgeBase/details/rules").asInt()).isEqualTo(10);
        assertThat(health.at("/components/knowledgeBase/details/source").asString()).contains(RULES.toString());
    }

    @Test
    void theManagementEndpointsAreNotOnThePublicPort() {
        HttpResponse<String> health = get(port, "/actuator/health");

        assertThat(health.statusCode()).isEqualTo(404);
        assertThat(health.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(health).path("detail").asString()).contains("management port");
        assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(404);
    }

    @Test
    void infoGivesTheKnowledgeBaseVersionAndTheBuild() {
        JsonNode info = json(management("/actuator/info"));

        assertThat(info.at("/knowledgeBase/version").asString()).hasSize(12);
        assertThat(info.at("/knowledgeBase/rules").asInt()).isEqualTo(10);
        assertThat(info.at("/build/version").asString()).isNotBlank();
    }

    @Test
    void prometheusHasTheDiagnosesTheirLatencyAndTheLoads() {
        assertThat(diagnose("").statusCode()).isEqualTo(200);

        String metrics = management("/actuator/prometheus").body();

        assertThat(metrics).contains("locus_diagnoses_seconds_count", "locus_diagnoses_seconds_bucket{",
                "locus_knowledge_loads_total{outcome=\"loaded\"}", "locus_knowledge_problems ",
                "http_server_requests_seconds_bucket{", "locus_batch_size_regions");
    }

    @Test
    void aResultWithoutTracesIsSmallerAndRanksTheSame() {
        JsonNode full = json(diagnose(""));
        JsonNode light = json(diagnose("?traces=false"));

        assertThat(light.at("/recommendations/0/id")).isEqualTo(full.at("/recommendations/0/id"));
        assertThat(light.at("/recommendations/0/score")).isEqualTo(full.at("/recommendations/0/score"));
        assertThat(full.at("/recommendations/0/trace")).isNotEmpty();
        assertThat(light.at("/recommendations/0/trace")).isEmpty();
        assertThat(light.at("/findings/0/trace")).isEmpty();
        assertThat(light.toString().length()).isLessThan(full.toString().length());
    }

    @Test
    void aClientThatAcceptsGzipGetsItCompressed() throws IOException {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rules"))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
            assertThat(JSON.readTree(in).path("rules")).hasSize(10);
        }
    }

    @Test
    void anEditedRuleAnswersTheNextDiagnosisAndABrokenEditKeepsTheOldRulesAnswering() throws IOException {
        Path drl = RULES.resolve("mini.drl");
        String original = Files.readString(drl);
        try {
            assertThat(score()).isEqualTo(3);

            Files.writeString(drl, original.replace("new Evidence(\"cut-red-tape\", \"red-tape-heavy\", 3)",
                    "new Evidence(\"cut-red-tape\", \"red-tape-heavy\", 5)"));
            awaitHealth(h -> h.path("status").asString().equals("UP") && h.at("/details/reloads").asInt() >= 1);
            assertThat(score()).isEqualTo(5);
            String reloaded = json(diagnose("")).path("ruleBaseVersion").asString();

            Files.writeString(drl, original.replace("Answer(question == \"sector\", value == \"shoes\")",
                    "Answer(question == \"sector\", value == \"shoes\""));
            JsonNode degraded = awaitHealth(h -> h.path("status").asString().equals("DEGRADED"));
            assertThat(degraded.at("/details/lastLoadFailed/problems/0").asString())
                    .startsWith("mini.drl:43: '(' is never closed");
            assertThat(degraded.at("/details/version").asString()).isEqualTo(reloaded);
            assertThat(score()).isEqualTo(5);
            assertThat(management("/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(management("/actuator/prometheus").body())
                    .contains("locus_knowledge_loads_total{outcome=\"failed\"} 1", "locus_knowledge_problems 1.0");
        } finally {
            Files.writeString(drl, original);
            awaitHealth(h -> h.path("status").asString().equals("UP"));
        }
        assertThat(score()).isEqualTo(3);
    }

    private int score() {
        return json(diagnose("")).at("/recommendations/0/score").asInt();
    }

    private JsonNode awaitHealth(Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode health = null;
        while (Instant.now().isBefore(deadline)) {
            health = json(management("/actuator/health/knowledgeBase"));
            if (condition.test(health)) {
                return health;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("health never got there; last: " + health);
    }

    private HttpResponse<String> diagnose(String query) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/diagnoses" + query))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(RED_TAPE)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> management(String path) {
        return get(managementPort, path);
    }

    private HttpResponse<String> get(int port, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static Path copyOfMiniRules() {
        Path copy = folder("locus-rules-");
        try (Stream<Path> files = Files.list(MINI)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    private static Path folder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void removeFolders() throws IOException {
        for (Path folder : new Path[] {RULES, CASES}) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
