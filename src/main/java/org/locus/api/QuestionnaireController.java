package org.locus.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.locus.questionnaire.AnswersSchema;
import org.locus.reload.LiveKnowledge;
import org.locus.rulebase.RuleBase;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
@Tag(name = "Questionnaire", description = "What can be asked, and the shape of an answers document")
class QuestionnaireController {

    static final String SCHEMA_JSON = "application/schema+json";

    private final LiveKnowledge knowledge;

    QuestionnaireController(LiveKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping(path = "/api/v1/questionnaire", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getQuestionnaire", summary = "The questionnaire",
            description = "Sections and questions in the order an adviser answers them, with types, ranges, units, "
                    + "options and help. Every question may also be answered \"unknown\".")
    @ApiResponse(responseCode = "200", description = "The questionnaire")
    QuestionnaireDocument questionnaire() {
        RuleBase ruleBase = knowledge.current().ruleBase();
        return QuestionnaireDocument.of(ruleBase.version(), ruleBase.questionnaire());
    }

    @GetMapping(path = "/api/v1/schema/answers", produces = {SCHEMA_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(operationId = "getAnswersSchema", summary = "JSON Schema of the answers document",
            description = "A JSON Schema (draft 2020-12) generated from the questionnaire, so it always matches what "
                    + "POST /api/v1/diagnoses accepts.")
    @ApiResponse(responseCode = "200", description = "The schema")
    Map<String, Object> answersSchema() {
        return AnswersSchema.of(knowledge.current().ruleBase().questionnaire());
    }
}
