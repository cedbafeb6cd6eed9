package org.locus.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a problem document (RFC 9457) where Spring MVC's own error handling cannot: in a filter before any handler,
 * in Tomcat's error report, for {@code /error}. Same fields as the API's problems: title, status, detail, instance.
 */
final class ProblemResponse {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ProblemResponse() {
    }

    static byte[] body(int status, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        problem.put("status", status);
        problem.put("title", title(status));
        return JSON.writeValueAsBytes(problem);
    }

    /** Replaces whatever the response held with the problem; the response must not be committed yet. */
    static void write(HttpServletResponse response, int status, String detail, String instance) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = body(status, detail, instance);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** 429 or 503 with the Retry-After a client should honour, in whole seconds, at least one. */
    static void writeRetryLater(HttpServletResponse response, int status, String detail, String instance,
                                Duration retryAfter) throws IOException {
        response.setHeader("Retry-After", Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000)));
        write(response, status, detail, instance);
    }

    static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error " + status : known.getReasonPhrase();
    }
}
