package org.locus.api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.Diagnostician;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class BatchApiTest {

    private static final String BATCH = "/api/v1/diagnoses/batch";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Autowired
    ApiClient api;
    @Autowired
    CaseLibrary cases;
    @Autowired
    Diagnostician diagnostician;

    private LibraryCase someCase() {
        return cases.cases().get(0);
    }

    private static Map<String, Object> item(String id, Map<String, Object> answersDocument) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.putAll(answersDocument);
        return item;
    }

    /** Three regions: a good one, one with an unknown question, and an empty (all don't-know) one. */
    private String mixedBatch() {
        return ApiClient.json(Map.of("items", List.of(
                item("good", someCase().answers().toDocument()),
                item("bad", Map.of("answers", Map.of("no-such-question", true))),
                item("blank", Map.of("answers", Map.of())))));
    }

    @Test
    void givesEachItemItsResultOrItsProblem() {
        ApiClient.Reply reply = api.postJson(BATCH, mixedBatch());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode items = reply.json().path("items");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).path("id").asString()).isEqualTo("good");
        assertThat(items.get(0).path("result")).isEqualTo(ApiClient.tree(diagnostician.diagnose(someCase().answers())));
        assertThat(items.get(0).has("problem")).isFalse();
        assertThat(items.get(1).path("id").asString()).isEqualTo("bad");
        assertThat(items.get(1).has("result")).isFalse();
        assertThat(items.get(1).path("problem").path("status").asInt()).isEqualTo(400);
        assertThat(items.get(1).path("problem").path("errors").get(0).path("pointer").asString())
                .isEqualTo("/items/1/answers/no-such-question");
        assertThat(items.get(2).path("result").path("unanswered")).isNotEmpty();
    }

    @Test
    void streamsOneLinePerItemOnRequest() {
        HttpResponse<Stream<String>> response = api.lines(BATCH, mixedBatch(),
                "Content-Type", "application/json", "Accept", "application/x-ndjson");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-ndjson"));
        // written as computed: the length is not known in advance
        assertThat(response.headers().firstValue("Content-Length")).isEmpty();
        List<JsonNode> lines = new ArrayList<>();
        response.body().forEach(line -> lines.add(parse(line)));
        assertThat(lines).extracting(l -> l.path("id").asString()).containsExactly("good", "bad", "blank");
        assertThat(lines.get(0).path("result").path("recommendations")).isNotEmpty();
        assertThat(lines.get(1).path("problem").path("errors").get(0).path("pointer").asString())
                .isEqualTo("/items/1/answers/no-such-question");
    }

    @Test
    void refusesABatchWithoutIdsOrWithAnIdTwice() {
        String body = "{\"items\": [{\"answers\": {}}, {\"id\": \"a\", \"answers\": {}}, {\"id\": \"a\", \"answers\": {}}, 7]}";

        ApiClient.Reply reply = api.postJson(BATCH, body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.pointers()).containsExactly("/items/0/id", "/items/2/id", "/items/3");
    }

    @Test
    void refusesABodyThatIsNoBatch() {
        ApiClient.Reply reply = api.postJson(BATCH, "{\"answers\": {}}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.pointers()).containsExactly("/items");
    }

    @Test
    void refusesAStreamedBatchThatIsNoBatchBeforeStreaming() {
        ApiClient.Reply reply = api.postJson(BATCH, "[1, 2", "Accept", "application/x-ndjson");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("detail").asString()).startsWith("Not valid JSON at line 1, column 6");
    }

    @Test
    void refusesMoreItemsThanTheLimit() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i <= 1000; i++) {
            items.add(Map.of("id", "region-" + i, "answers", Map.of()));
        }

        ApiClient.Reply reply = api.postJson(BATCH, ApiClient.json(Map.of("items", items)));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("detail").asString()).contains("1001 items").contains("at most 1000");
    }

    @Test
    void refusesABatchBodyOverItsLimit() {
        String padding = " ".repeat(4 * 1024 * 1024);

        ApiClient.Reply reply = api.postJson(BATCH, "{\"items\": []}" + padding);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().path("detail").asString()).contains("4 MB");
    }

    private static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
