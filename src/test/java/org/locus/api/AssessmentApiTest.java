package org.locus.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locus.account.Account;
import org.locus.account.Accounts;
import org.locus.account.ApiTokens;
import org.locus.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/assessments} and {@code /api/v1/tokens} over HTTP: tokens, the round trip of an assessment, ETag
 * and If-Match, and that no team reads or changes another team's assessment through any endpoint (one test each).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger RUN = new AtomicInteger();
    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String east;
    private String west;
    private String eastUser;

    record Reply(int status, String body, HttpResponse<String> response) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    @BeforeEach
    void twoTeams() {
        // the tests' database outlives a run (target/test-data): names of this run's own
        String n = RUN.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
        accounts.team("east-" + n, "East Agency");
        accounts.team("west-" + n, "West Agency");
        eastUser = "ana-" + n;
        Account ana = accounts.create(eastUser, PASSWORD, "east-" + n, Role.ADVISER);
        Account wes = accounts.create("wes-" + n, PASSWORD, "west-" + n, Role.ADVISER);
        east = "Bearer " + tokens.create(ana, "tests").secret();
        west = "Bearer " + tokens.create(wes, "tests").secret();
    }

    Reply call(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String created(String token) {
        Reply made = call("POST", "/api/v1/assessments", "{\"name\": \"Castellón tiles\", \"region\": \"Castellón\", "
                + "\"period\": \"2026 Q1\", \"sector\": \"ceramic tiles\"}", "Authorization", token);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().get("id").asString();
    }

    static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("org.");
    }

    @Test
    void needsATokenAndTheAnonymousDiagnosisStillDoesNot() {
        Reply none = call("GET", "/api/v1/assessments", null);
        assertProblem(none, 401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(call("GET", "/api/v1/assessments", null, "Authorization", "Bearer locus_nonsense"), 401);

        Reply anonymous = call("POST", "/api/v1/diagnoses", "{\"answers\": {\"strategic-plan\": true}}");
        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/questionnaire", null).status()).isEqualTo(200);
    }

    @Test
    void createsReadsAnswersDiagnosesAndDeletesAnAssessment() {
        String id = created(east);
        String at = "/api/v1/assessments/" + id;

        Reply answered = call("PUT", at + "/answers/strategic-plan", "{\"value\": true, \"note\": \"the 2024 plan\", "
                + "\"source\": \"LED office interview, March 2026\"}", "Authorization", east, "If-Match", "\"1\"");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.header("ETag")).isEqualTo("\"2\"");
        assertThat(answered.json().at("/answers/strategic-plan/value").asBoolean()).isTrue();
        assertThat(answered.json().at("/answers/strategic-plan/source").asString())
                .isEqualTo("LED office interview, March 2026");

        Reply read = call("GET", at, null, "Authorization", east);
        assertThat(read.header("ETag")).isEqualTo("\"2\"");
        assertThat(read.json().get("name").asString()).isEqualTo("Castellón tiles");
        assertThat(read.json().at("/answers/strategic-plan/note").asString()).isEqualTo("the 2024 plan");

        Reply renamed = call("PATCH", at, "{\"name\": \"Castellón, spring\"}", "Authorization", east, "If-Match", "\"2\"");
        assertThat(renamed.json().get("name").asString()).isEqualTo("Castellón, spring");
        assertThat(renamed.json().get("region").asString()).isEqualTo("Castellón");

        Reply list = call("GET", "/api/v1/assessments?q=spring", null, "Authorization", east);
        assertThat(list.json().get("assessments").size()).isEqualTo(1);
        assertThat(list.json().at("/assessments/0/answered").asInt()).isEqualTo(1);

        Reply history = call("GET", at + "/history", null, "Authorization", east);
        assertThat(history.json().get("changes").size()).isEqualTo(4);
        assertThat(history.json().at("/changes/0/by").asString()).isEqualTo(eastUser);

        Reply diagnosis = call("POST", at + "/diagnoses", null, "Authorization", east);
        assertThat(diagnosis.status()).as(diagnosis.body()).isEqualTo(201);
        Reply again = call("POST", "/api/v1/diagnoses", "{\"answers\": {\"strategic-plan\": true}}");
        assertThat(diagnosis.json()).isEqualTo(again.json());
        Reply receipt = call("GET", diagnosis.header("Location"), null, "Authorization", east);
        assertThat(receipt.json().get("result")).isEqualTo(diagnosis.json());
        assertThat(receipt.json().at("/answers/answers/strategic-plan").asBoolean()).isTrue();
        assertThat(receipt.json().get("knowledgeVersion").asString()).isNotBlank();
        assertThat(call("GET", at + "/diagnoses", null, "Authorization", east).json().get("diagnoses").size())
                .isEqualTo(1);

        assertThat(call("DELETE", at, null, "Authorization", east).status()).isEqualTo(204);
        assertProblem(call("GET", at, null, "Authorization", east), 404);
    }

    @Test
    void createsFromACaseOrFromAnswers() {
        Reply fromCase = call("POST", "/api/v1/assessments", "{\"name\": \"From the case\", \"fromCase\": "
                + "\"castellon-ceramic-tiles\"}", "Authorization", east);
        assertThat(fromCase.status()).as(fromCase.body()).isEqualTo(201);
        assertThat(fromCase.json().get("answers").size()).isGreaterThan(5);

        Reply fromAnswers = call("POST", "/api/v1/assessments", "{\"name\": \"From a file\", \"answers\": "
                + "{\"strategic-plan\": false}}", "Authorization", east);
        assertThat(fromAnswers.json().at("/answers/strategic-plan/value").asBoolean()).isFalse();

        assertProblem(call("POST", "/api/v1/assessments", "{\"name\": \"x\", \"fromCase\": \"atlantis\"}",
                "Authorization", east), 404);
        assertProblem(call("POST", "/api/v1/assessments", "{\"name\": \"x\", \"answers\": {\"strategic-plan\": 9}}",
                "Authorization", east), 400);
        assertProblem(call("POST", "/api/v1/assessments", "{\"name\": \"  \"}", "Authorization", east), 400);
    }

    @Test
    void aChangeOnAnOutdatedVersionGets412AndChangesNothing() {
        String at = "/api/v1/assessments/" + created(east);
        call("PUT", at + "/answers/strategic-plan", "{\"value\": true}", "Authorization", east, "If-Match", "\"1\"");

        Reply stale = call("PUT", at + "/answers/strategic-plan", "{\"value\": false}", "Authorization", east,
                "If-Match", "\"1\"");

        assertProblem(stale, 412);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
        assertThat(stale.header("ETag")).isEqualTo("\"2\"");
        assertProblem(call("PATCH", at, "{\"name\": \"late\"}", "Authorization", east, "If-Match", "\"1\""), 412);
        assertProblem(call("PATCH", at, "{\"name\": \"late\"}", "Authorization", east, "If-Match", "\"garbage\""), 412);
        Reply now = call("GET", at, null, "Authorization", east);
        assertThat(now.json().at("/answers/strategic-plan/value").asBoolean()).isTrue();
        assertThat(now.json().get("name").asString()).isEqualTo("Castellón tiles");
    }

    @Test
    void aValueTheQuestionDoesNotTakeIs400() {
        String at = "/api/v1/assessments/" + created(east);
        Reply bad = call("PUT", at + "/answers/strategic-plan", "{\"value\": 7}", "Authorization", east);
        assertProblem(bad, 400);
        assertThat(bad.json().get("detail").asString()).contains("Expected true, false");
        assertProblem(call("PUT", at + "/answers/no-such-question", "{\"value\": true}", "Authorization", east), 400);
        assertProblem(call("GET", "/api/v1/assessments/not-a-uuid", null, "Authorization", east), 400);
    }

    // one test per endpoint: another team's token gets the answer for an assessment that does not exist, and
    // nothing changes

    private String eastAssessment() {
        String id = created(east);
        call("PUT", "/api/v1/assessments/" + id + "/answers/strategic-plan", "{\"value\": true}", "Authorization", east);
        return id;
    }

    private void unchanged(String id) {
        Reply read = call("GET", "/api/v1/assessments/" + id, null, "Authorization", east);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"2\"");
        assertThat(read.json().get("name").asString()).isEqualTo("Castellón tiles");
    }

    @Test
    void anotherTeamCannotReadOne() {
        String id = eastAssessment();
        assertProblem(call("GET", "/api/v1/assessments/" + id, null, "Authorization", west), 404);
    }

    @Test
    void anotherTeamDoesNotListThem() {
        eastAssessment();
        assertThat(call("GET", "/api/v1/assessments", null, "Authorization", west).json().get("assessments").size())
                .isZero();
    }

    @Test
    void anotherTeamCannotChangeDetails() {
        String id = eastAssessment();
        assertProblem(call("PATCH", "/api/v1/assessments/" + id, "{\"name\": \"mine\", \"archived\": true}",
                "Authorization", west), 404);
        unchanged(id);
    }

    @Test
    void anotherTeamCannotAnswer() {
        String id = eastAssessment();
        assertProblem(call("PUT", "/api/v1/assessments/" + id + "/answers/strategic-plan", "{\"value\": false}",
                "Authorization", west), 404);
        unchanged(id);
    }

    @Test
    void anotherTeamCannotReadTheHistory() {
        String id = eastAssessment();
        assertProblem(call("GET", "/api/v1/assessments/" + id + "/history", null, "Authorization", west), 404);
    }

    @Test
    void anotherTeamCannotDiagnose() {
        String id = eastAssessment();
        assertProblem(call("POST", "/api/v1/assessments/" + id + "/diagnoses", null, "Authorization", west), 404);
        assertThat(call("GET", "/api/v1/assessments/" + id + "/diagnoses", null, "Authorization", east).json()
                .get("diagnoses").size()).isZero();
    }

    @Test
    void anotherTeamCannotListTheDiagnoses() {
        String id = eastAssessment();
        call("POST", "/api/v1/assessments/" + id + "/diagnoses", null, "Authorization", east);
        assertProblem(call("GET", "/api/v1/assessments/" + id + "/diagnoses", null, "Authorization", west), 404);
    }

    @Test
    void anotherTeamCannotReadADiagnosis() {
        String id = eastAssessment();
        String receipt = call("POST", "/api/v1/assessments/" + id + "/diagnoses", null, "Authorization", east)
                .header("Location");
        assertProblem(call("GET", receipt, null, "Authorization", west), 404);
    }

    @Test
    void anotherTeamCannotDelete() {
        String id = eastAssessment();
        assertProblem(call("DELETE", "/api/v1/assessments/" + id, null, "Authorization", west), 404);
        unchanged(id);
    }

    @Test
    void tokensAreMadeWithThePasswordAndARevokedOneStopsAtOnce() {
        String basic = "Basic " + Base64.getEncoder().encodeToString((eastUser + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        Reply made = call("POST", "/api/v1/tokens", "{\"name\": \"my script\"}", "Authorization", basic);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String token = "Bearer " + made.json().get("token").asString();
        assertThat(call("GET", "/api/v1/assessments", null, "Authorization", token).status()).isEqualTo(200);
        Reply listed = call("GET", "/api/v1/tokens", null, "Authorization", token);
        assertThat(listed.body()).contains("my script").doesNotContain(made.json().get("token").asString());

        assertThat(call("DELETE", made.header("Location"), null, "Authorization", east).status()).isEqualTo(204);

        assertProblem(call("GET", "/api/v1/assessments", null, "Authorization", token), 401);
        // a password is for /api/v1/tokens only
        assertProblem(call("GET", "/api/v1/assessments", null, "Authorization", basic), 401);
    }

    @Test
    void anotherAccountCannotRevokeMyToken() {
        Reply made = call("POST", "/api/v1/tokens", "{\"name\": \"mine\"}", "Authorization", east);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertProblem(call("DELETE", made.header("Location"), null, "Authorization", west), 404);
        assertThat(call("GET", "/api/v1/assessments", null, "Authorization",
                "Bearer " + made.json().get("token").asString()).status()).isEqualTo(200);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccount() {
        String wrong = "Basic " + Base64.getEncoder().encodeToString((eastUser + ":not the password")
                .getBytes(StandardCharsets.UTF_8));
        String right = "Basic " + Base64.getEncoder().encodeToString((eastUser + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(call("GET", "/api/v1/tokens", null, "Authorization", right).status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertProblem(call("GET", "/api/v1/tokens", null, "Authorization", wrong), 401);
        }
        assertProblem(call("GET", "/api/v1/tokens", null, "Authorization", right), 401);
        // the lock is on the password: the account's tokens go on working
        assertThat(call("GET", "/api/v1/assessments", null, "Authorization", east).status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsAndHowToAuthenticate() {
        JsonNode docs = call("GET", "/v3/api-docs", null).json();
        assertThat(docs.at("/paths").propertyNames()).contains("/api/v1/assessments", "/api/v1/assessments/{id}",
                "/api/v1/assessments/{id}/answers/{question}", "/api/v1/tokens");
        assertThat(docs.at("/components/securitySchemes/token/scheme").asString()).isEqualTo("bearer");
        assertThat(docs.at("/paths/~1api~1v1~1diagnoses/post/security").isMissingNode()).isTrue();
    }
}
