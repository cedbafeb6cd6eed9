package org.locus.api;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain HTTP against the running application, with every header under the test's control (no client adds an Accept
 * or a Content-Type of its own).
 */
@TestComponent
class ApiClient {

    static final String JSON = "application/json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NORMAL).build();
    private final Environment environment;

    ApiClient(Environment environment) {
        this.environment = environment;
    }

    /** A response, read whole. */
    record Reply(int status, HttpResponse<String> response) {

        String body() {
            return response.body();
        }

        String contentType() {
            return header("Content-Type").orElse("");
        }

        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(response.body());
            } catch (JacksonException e) {
                throw new IllegalStateException("not JSON: " + response.body(), e);
            }
        }

        /** The JSON pointers of a problem's errors. */
        List<String> pointers() {
            List<String> pointers = new ArrayList<>();
            json().path("errors").forEach(e -> pointers.add(e.path("pointer").asString()));
            return pointers;
        }
    }

    Reply get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    Reply post(String path, String body, String... headers) {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** A JSON body with the given extra headers (such as {@code "Accept", "text/markdown"}). */
    Reply postJson(String path, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Content-Type", JSON));
        all.addAll(List.of(headers));
        return post(path, body, all.toArray(String[]::new));
    }

    Reply send(String method, String path, String... headers) {
        return send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    /** A JSON body, the response kept as bytes (a PDF, say). */
    HttpResponse<byte[]> postForBytes(String path, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Content-Type", JSON));
        all.addAll(List.of(headers));
        try {
            return http.send(request(path, all.toArray(String[]::new)).POST(HttpRequest.BodyPublishers.ofString(body,
                    StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends and keeps the body as the lines it arrived in. */
    HttpResponse<java.util.stream.Stream<String>> lines(String path, String body, String... headers) {
        try {
            return http.send(request(path, headers).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String json(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** The value as the client would read it off the wire, to compare with a response. */
    static JsonNode tree(Object value) {
        return MAPPER.readTree(MAPPER.writeValueAsString(value));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:"
                + environment.getProperty("local.server.port") + path));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
