package org.locus.api;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import org.locus.questionnaire.AnswersSchema;
import org.locus.reload.LiveKnowledge;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). The request bodies' schemas
 * are generated from the questionnaire, like {@code GET /api/v1/schema/answers}, so the contract names every question
 * id and what it takes, and cannot drift from what the service accepts.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI locusOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Locus API")
                .version("v1")
                .description("Diagnose local economic development and value chain policy from a questionnaire's "
                        + "answers: ranked recommendations, each explained down to the answers and the chapter "
                        + "section it rests on. Errors are RFC 9457 problem details. Guide: docs/api.md.")
                .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")));
    }

    @Bean
    OpenApiCustomizer requestSchemas(LiveKnowledge knowledge, ApiLimits limits) {
        return openApi -> {
            Map<String, Object> answers = new LinkedHashMap<>(AnswersSchema.of(knowledge.current().ruleBase().questionnaire()));
            answers.remove("$schema"); // OpenAPI 3.1 schemas are already draft 2020-12
            openApi.getComponents().addSchemas("AnswersDocument", schema(answers));
            openApi.getComponents().addSchemas("BatchRequest", schema(Map.of(
                    "type", "object",
                    "required", List.of("items"),
                    "properties", Map.of("items", Map.of(
                            "type", "array",
                            "maxItems", limits.maxBatchSize(),
                            "items", Map.of(
                                    "allOf", List.of(Map.of("$ref", ApiDocs.ANSWERS_SCHEMA)),
                                    "required", List.of("id"), // 'answers' is required by AnswersDocument
                                    "properties", Map.of("id", Map.of("type", "string", "minLength", 1,
                                            "description", "your id for the item, unique in the batch"))))))));
        };
    }

    private static Schema<?> schema(Map<String, Object> jsonSchema) {
        return Json31.mapper().convertValue(jsonSchema, Schema.class);
    }
}
