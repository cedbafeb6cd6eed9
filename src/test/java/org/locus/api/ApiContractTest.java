package org.locus.api;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The published contract, and the API's place beside the UI in one application. */
@ApiTest
class ApiContractTest {

    @Autowired
    ApiClient api;
    @Autowired
    RuleBase ruleBase;

    private JsonNode openApi() {
        ApiClient.Reply reply = api.get("/v3/api-docs");
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void describesOnlyTheApiEveryOperationWithSummaryAndResponses() {
        JsonNode paths = openApi().path("paths");

        assertThat(keys(paths)).allMatch(p -> p.startsWith("/api/v1/")).containsExactlyInAnyOrder(
                "/api/v1/questionnaire", "/api/v1/schema/answers", "/api/v1/diagnoses", "/api/v1/diagnoses/batch",
                "/api/v1/answers/validate",
                "/api/v1/cases", "/api/v1/cases/{id}", "/api/v1/cases/{id}/diagnosis", "/api/v1/rules",
                "/api/v1/assessments", "/api/v1/assessments/{id}", "/api/v1/assessments/{id}/answers/{question}",
                "/api/v1/assessments/{id}/history", "/api/v1/assessments/{id}/diagnoses",
                "/api/v1/assessments/{id}/diagnoses/{receipt}", "/api/v1/tokens", "/api/v1/tokens/{id}");
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            assertThat(operation.getValue().path("summary").asString()).as("summary of %s", name).isNotBlank();
            assertThat(keys(operation.getValue().path("responses"))).as("success of %s", name)
                    .containsAnyOf("200", "201", "204");
        }));
        JsonNode diagnose = paths.path("/api/v1/diagnoses").path("post");
        assertThat(keys(diagnose.path("responses"))).contains("400", "406", "413", "415");
        assertThat(diagnose.path("responses").path("400").path("content").has("application/problem+json")).isTrue();
        assertThat(keys(diagnose.path("responses").path("200").path("content"))).contains("application/json", "text/markdown");
        assertThat(keys(paths.path("/api/v1/diagnoses/batch").path("post").path("responses").path("200").path("content")))
                .contains("application/json", "application/x-ndjson");
        assertThat(keys(paths.path("/api/v1/cases/{id}/diagnosis").path("post").path("responses"))).contains("404", "400");
    }

    @Test
    void describesTheAnswersDocumentQuestionByQuestion() {
        JsonNode schemas = openApi().path("components").path("schemas");

        JsonNode answers = schemas.path("AnswersDocument").path("properties").path("answers");
        assertThat(keys(answers.path("properties"))).containsExactlyElementsOf(ruleBase.questionnaire().questions().stream().map(Question::id).toList());
        assertThat(answers.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schemas.path("BatchRequest").path("properties").path("items").path("maxItems").asInt()).isEqualTo(1000);
        assertThat(openApi().path("paths").path("/api/v1/diagnoses").path("post").path("requestBody").path("content")
                .path("application/json").path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/AnswersDocument");
    }

    @Test
    void namesEverySchemaForOneShape() {
        JsonNode schemas = openApi().path("components").path("schemas");

        // the diagnosis's situation values carry a trace; the catalogue's are only id and label
        assertThat(keys(schemas.path("SituationValue").path("properties"))).contains("value", "trace");
        String catalogueValue = schemas.path("CatalogueSituation").path("properties").path("values").path("items")
                .path("$ref").asString();
        assertThat(keys(schemas.path(catalogueValue.substring(catalogueValue.lastIndexOf('/') + 1)).path("properties")))
                .containsExactly("id", "label");
        assertThat(openApi().path("paths").path("/api/v1/diagnoses/batch").path("post").path("operationId").asString())
                .isEqualTo("diagnoseBatch");
        assertThat(keys(schemas)).doesNotContain("StreamingResponseBody");
    }

    @Test
    void servesSwaggerUi() {
        ApiClient.Reply reply = api.get("/swagger-ui.html");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("Swagger UI");
    }

    @Test
    void leavesTheRootToTheUi() {
        ApiClient.Reply reply = api.get("/", "Accept", "text/html");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.body()).contains("<div id=\"outlet\">");
    }

    @Test
    void answersAnUnknownApiRouteWithAProblemNotAPage() {
        for (List<String> request : List.of(
                List.of("GET", "/api/v1/nothing-here"),
                List.of("POST", "/api/v1/diagnoses/nothing-here"),
                List.of("DELETE", "/api/v2/diagnoses"),
                List.of("GET", "/api"))) {
            ApiClient.Reply reply = api.send(request.get(0), request.get(1), "Accept", "text/html");

            assertThat(reply.status()).as(request.toString()).isEqualTo(404);
            assertThat(reply.contentType()).as(request.toString()).startsWith("application/problem+json");
            assertThat(reply.json().path("detail").asString()).contains("/v3/api-docs");
        }
    }

    @Test
    void neverShowsAClassNameOrAStackTrace() {
        List<ApiClient.Reply> problems = List.of(
                api.postJson("/api/v1/diagnoses", "{\"answers\": [}"),
                api.postJson("/api/v1/diagnoses", "{\"answers\": {\"x\": {\"y\": 1}}}"),
                api.post("/api/v1/diagnoses", "{}", "Content-Type", "application/xml"),
                api.postJson("/api/v1/diagnoses/batch", "{\"items\": {}}"),
                api.get("/api/v1/cases/%2e%2e"),
                api.send("PUT", "/api/v1/rules"));

        for (ApiClient.Reply reply : problems) {
            assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
            assertThat(reply.body()).as("status %s", reply.status())
                    .doesNotContain("Exception", "java.", "org.springframework", "\tat ", "trace");
        }
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        keys.addAll(object.propertyNames());
        return keys;
    }
}
