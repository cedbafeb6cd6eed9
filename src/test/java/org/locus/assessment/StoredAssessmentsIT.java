package org.locus.assessment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar with its database, as operators run it: an answer acknowledged survives the server being killed
 * ({@code kill -9}) right after; two instances on one PostgreSQL database work together (an edit on one is read on
 * the other, a conflicting edit is refused, a token revoked on one stops on the other at once).
 */
class StoredAssessmentsIT {

    private static final Path JAR = Path.of("target/locus.jar");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "integration test password";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> servers = new ArrayList<>();

    @BeforeAll
    static void jarExists() {
        assertThat(JAR).as("run after 'mvn package'").exists();
    }

    @AfterEach
    void stopServers() throws InterruptedException {
        for (Process server : servers) {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    record Server(Process process, int port) {
    }

    record Reply(int status, String body, HttpResponse<String> response) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private Server start(Path workingDir, String... options) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-jar", JAR.toAbsolutePath().toString(), "serve", "--server.port=" + port,
                "--management.server.port=" + freePort(), "--locus.accounts.admin.password=" + PASSWORD,
                "--locus.data-dir=" + workingDir.resolve("locus-data").toAbsolutePath()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectErrorStream(true).redirectOutput(workingDir.resolve("server-" + port + ".log").toFile())
                .start();
        servers.add(process);
        Server server = new Server(process, port);
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(until)) {
            assertThat(process.isAlive()).as("server running: %s", log(workingDir, port)).isTrue();
            try {
                if (call(server, "GET", "/api/v1/questionnaire", null).status() == 200) {
                    return server;
                }
            } catch (IllegalStateException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("server did not start in 3 minutes: " + log(workingDir, port));
    }

    private static String log(Path workingDir, int port) {
        try {
            return Files.readString(workingDir.resolve("server-" + port + ".log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private Reply call(Server server, String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60))
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
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(Server server) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        Reply made = call(server, "POST", "/api/v1/tokens", "{\"name\": \"it\"}", "Authorization", basic);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return "Bearer " + made.json().get("token").asString();
    }

    private String create(Server server, String token) {
        Reply made = call(server, "POST", "/api/v1/assessments", "{\"name\": \"Castellón tiles\"}",
                "Authorization", token);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return "/api/v1/assessments/" + made.json().get("id").asString();
    }

    @Test
    void anAcknowledgedAnswerSurvivesKillMinus9() throws Exception {
        Path dir = Files.createTempDirectory("locus-kill9-");
        Server first = start(dir);
        String token = token(first);
        String at = create(first, token);

        Reply saved = call(first, "PUT", at + "/answers/strategic-plan", "{\"value\": true, \"note\": \"the plan of "
                + "2024\", \"source\": \"interview\"}", "Authorization", token);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        first.process().destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the database
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

        Server again = start(dir);
        Reply read = call(again, "GET", at, null, "Authorization", token);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().at("/answers/strategic-plan/value").asBoolean()).isTrue();
        assertThat(read.json().at("/answers/strategic-plan/note").asString()).isEqualTo("the plan of 2024");
        assertThat(read.json().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void twoInstancesOnOnePostgresqlDatabaseWorkTogether() throws Exception {
        String database = LocalPostgres.require().newDatabase();
        String[] postgres = {"--spring.datasource.url=" + database,
                "--spring.datasource.username=" + LocalPostgres.USER, "--spring.datasource.password="};
        Server one = start(Files.createTempDirectory("locus-one-"), postgres);
        Server two = start(Files.createTempDirectory("locus-two-"), postgres);
        String token = token(one);
        String at = create(one, token);

        assertThat(call(one, "PUT", at + "/answers/strategic-plan", "{\"value\": true}", "Authorization", token,
                "If-Match", "\"1\"").status()).isEqualTo(200);
        Reply onTwo = call(two, "GET", at, null, "Authorization", token);
        assertThat(onTwo.status()).as(onTwo.body()).isEqualTo(200);
        assertThat(onTwo.json().at("/answers/strategic-plan/value").asBoolean()).isTrue();

        // both editors saw version 2: the first change lands, the second is told
        assertThat(call(two, "PUT", at + "/answers/led-rationale", "{\"value\": \"both\"}", "Authorization", token,
                "If-Match", "\"2\"").status()).isEqualTo(200);
        Reply conflict = call(one, "PUT", at + "/answers/led-rationale", "{\"value\": \"neither\"}",
                "Authorization", token, "If-Match", "\"2\"");
        assertThat(conflict.status()).as(conflict.body()).isEqualTo(412);
        assertThat(call(one, "GET", at, null, "Authorization", token).json().at("/answers/led-rationale/value")
                .asString()).isEqualTo("both");

        String id = call(one, "GET", "/api/v1/tokens", null, "Authorization", token).json()
                .at("/tokens/0/id").asString();
        assertThat(call(two, "DELETE", "/api/v1/tokens/" + id, null, "Authorization", token).status()).isEqualTo(204);
        assertThat(call(one, "GET", at, null, "Authorization", token).status()).isEqualTo(401);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
