package org.locus.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.locus.web.Problems.assertProblem;
import static org.locus.web.Problems.detail;

/**
 * Errors that never reach a controller: the ones Tomcat answers itself while reading the request, the ones Spring MVC
 * meets before it picks a handler, and {@code /error} asked for directly. Each is a problem document like the API's.
 */
@ServerTest
class ContainerErrorsTest {

    private static final String ANSWERS = "{\"answers\": {\"cluster-present\": true}}";

    @LocalServerPort
    int port;

    private RawHttp.Response send(String method, String target, List<String> headers, String body) {
        return new RawHttp(port).send(RawHttp.request(method, target, headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8)));
    }

    private RawHttp.Response get(String target, String... headers) {
        return send("GET", target, List.of(headers), null);
    }

    @Test
    void anEncodedNulInThePathIsABadRequestProblem() {
        RawHttp.Response response = get("/api/v1/cases/%00");

        assertProblem(response, 400);
        assertThat(detail(response)).contains("URL");
    }

    @Test
    void aUrlLongerThanTheServerTakesIsAProblem() {
        RawHttp.Response response = get("/api/v1/cases/" + "a".repeat(9000));

        assertProblem(response, 400);
        assertThat(detail(response)).contains("too long");
    }

    @Test
    void aControlCharacterInAHeaderIsABadRequestProblem() {
        RawHttp.Response response = get("/api/v1/cases", "X-Note: a\u0000b");

        assertProblem(response, 400);
    }

    @Test
    void errorAskedForDirectlyIsNotFound() {
        RawHttp.Response response = get("/error");

        assertProblem(response, 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-16", "utf-32", "iso-8859-1", "no-such-charset"})
    void aCharsetInAcceptGetsUtf8Json(String charset) {
        RawHttp.Response response = get("/api/v1/cases", "Accept: application/json;charset=" + charset);

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json");
        assertThat(response.text()).startsWith("{\"cases\":");
    }

    @Test
    void aCharsetInAcceptOnAnErrorStillGetsAProblem() {
        RawHttp.Response response = get("/api/v1/cases/nope", "Accept: application/json;charset=utf-16");

        assertProblem(response, 404);
    }

    @Test
    void aCharsetInAcceptForMarkdownGetsUtf8Markdown() {
        RawHttp.Response response = send("POST", "/api/v1/diagnoses",
                List.of("Content-Type: application/json", "Accept: text/markdown;charset=iso-8859-1"), ANSWERS);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("text/markdown;charset=UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Accept: ;;;", "Accept: application/", "Accept: text/html;q=x", "Accept: \"json\""})
    void anUnreadableAcceptIsAProblem(String accept) {
        RawHttp.Response response = get("/api/v1/cases", accept);

        assertProblem(response, 400);
        assertThat(detail(response)).contains("Accept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-Type: ;;;", "Content-Type: application/", "Content-Type: json"})
    void anUnreadableContentTypeIsAProblem(String contentType) {
        RawHttp.Response response = send("POST", "/api/v1/diagnoses", List.of(contentType), ANSWERS);

        assertProblem(response, 415);
        assertThat(detail(response)).contains("Content-Type");
    }

    @Test
    void aFormatTheOperationCannotGiveIsANotAcceptableProblem() {
        RawHttp.Response response = get("/api/v1/cases", "Accept: text/csv");

        assertProblem(response, 406);
    }

    @Test
    void aBodyInAnotherCharsetIsReadAsDeclared() {
        byte[] utf16 = ANSWERS.getBytes(StandardCharsets.UTF_16BE);
        RawHttp.Response response = new RawHttp(port).send(RawHttp.request("POST", "/api/v1/answers/validate",
                List.of("Content-Type: application/json;charset=utf-16be"), utf16));

        assertThat(response.status()).as(response.text()).isIn(200, 400, 415);
        if (response.status() != 200) {
            assertProblem(response, response.status());
        }
    }

    @Test
    void anUnknownMethodIsAProblem() {
        RawHttp.Response response = send("BREW", "/api/v1/cases", List.of(), null);

        assertThat(response.status()).isIn(400, 405, 501);
        assertProblem(response, response.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/diagnoses?x=%ZZ", "/api/v1/diagnoses?y=%C0%80", "/api/v1/diagnoses?%",
            "/api/v1/cases/castellon-ceramic-tiles/diagnosis?=&&="})
    void aQueryStringThatCannotBeDecodedIsABadRequestProblem(String target) {
        RawHttp.Response response = send("POST", target, List.of("Content-Type: application/json"), ANSWERS);

        assertThat(response.status()).as(response.text()).isIn(200, 400);
        if (response.status() == 400) {
            assertProblem(response, 400);
            assertThat(detail(response)).contains("query");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONNECT", "BREW", "PROPFIND"})
    void aMethodTheServerDoesNotTakeIsNotAllowed(String method) {
        for (String target : List.of("/api/v1/questionnaire", "/", "/v3/api-docs")) {
            RawHttp.Response response = send(method, target, List.of(), null);

            assertThat(response.status()).as(method + " " + target).isIn(400, 405);
            assertProblem(response, response.status());
        }
    }

    @Test
    void aMissingFileIsANotFoundProblemWhateverTheClientAccepts() {
        assertProblem(get("/favicon.ico", "Accept: text/markdown"), 404);
        assertProblem(get("/favicon.ico", "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Accept: ;;;", "Accept: \"json\"", "Accept: application/"})
    void theApiDescriptionAnswersAnUnreadableAcceptWithAProblem(String accept) {
        assertProblem(get("/v3/api-docs", accept), 400);
    }

    @Test
    void aPathAboveTheRootIsABadRequestProblem() {
        RawHttp.Response response = send("BREW", "/v3/api-docs/../..", List.of("Accept: text/html;q=x"), "");

        assertProblem(response, response.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/WEB-INF/web.xml", "/v3/api-docs/../WEB-INF/web.xml", "/META-INF/MANIFEST.MF",
            "/VAADIN/../WEB-INF/x", "/styles/../../etc/passwd"})
    void aPathIntoTheServersOwnFilesIsAProblem(String target) {
        RawHttp.Response response = get(target);

        assertThat(response.status()).as(target).isIn(400, 404);
        assertProblem(response, response.status());
    }
}
