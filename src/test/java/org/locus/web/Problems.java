package org.locus.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** What every error response must be: an RFC 9457 problem document that tells a person what is wrong, in words. */
final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Java class or package name, a library's name or a parser's feature, none of which a client can act on. */
    static final Pattern INTERNALS = Pattern.compile(
            "(?i)jackson|fasterxml|tomcat|catalina|coyote|springframework|vaadin\\.|java\\.|jakarta\\.|tools\\.|"
                    + "exception|feature|`|\\b[a-z]+\\.[a-z]+\\.[A-Za-z]+\\b|\\bat [a-z]+\\.[a-z]+|StreamRead|Deserializ|"
                    + "\\benable\\b");

    private Problems() {
    }

    /** Why {@code response} is not a proper problem document with this status, or null when it is. */
    static String whatIsWrong(RawHttp.Response response, int status) {
        if (response.status() != status) {
            return "status " + response.status() + " instead of " + status + ": " + response.text();
        }
        return whatIsWrong(response);
    }

    /** Why a 4xx or 5xx {@code response} is not a proper problem document, or null when it is. */
    static String whatIsWrong(RawHttp.Response response) {
        if (!response.contentType().startsWith("application/problem+json")) {
            return "status " + response.status() + " with Content-Type '" + response.contentType() + "': "
                    + abbreviated(response.text());
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body());
        } catch (RuntimeException e) {
            return "not JSON: " + abbreviated(response.text());
        }
        if (problem.path("status").asInt() != response.status()) {
            return "status field " + problem.path("status") + " but HTTP status " + response.status();
        }
        String detail = problem.path("detail").asString("");
        if (detail.isBlank() || problem.path("title").asString("").isBlank()) {
            return "no title or detail: " + problem;
        }
        if (INTERNALS.matcher(detail).find()) {
            return "detail names internals: " + detail;
        }
        return null;
    }

    static void assertProblem(RawHttp.Response response, int status) {
        String wrong = whatIsWrong(response, status);
        if (wrong != null) {
            fail(wrong);
        }
    }

    static String detail(RawHttp.Response response) {
        return JSON.readTree(response.body()).path("detail").asString();
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    static void assertNoInternals(String text) {
        assertThat(INTERNALS.matcher(text).find()).as(text).isFalse();
    }
}
