package org.locus.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.locus.Locus;
import org.locus.questionnaire.Answers;
import org.locus.reload.LiveKnowledge;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.JsonDocument;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Checks an answers document exactly as a diagnosis would, without running the rules: an integrator can check a
 * whole file of regions cheaply before diagnosing any.
 */
@RestController
@Tag(name = "Diagnoses")
class AnswersValidationController {

    private final LiveKnowledge knowledge;

    AnswersValidationController(LiveKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @PostMapping(path = "/api/v1/answers/validate", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "validateAnswers", summary = "Check an answers document without diagnosing it",
            description = "Checks the document as POST /api/v1/diagnoses does and answers 400 with the same errors; "
                    + "a valid document gets the questions it answers and those it leaves don't-know.")
    @ApiDocs.AnswersBody
    @ApiResponse(responseCode = "200", description = "The document is valid: what it answers and what it leaves open")
    @ApiDocs.BodyProblems
    AnswersValidation validate(@RequestBody(required = false) byte[] body) {
        Locus locus = knowledge.current();
        RuleBase ruleBase = locus.ruleBase();
        Answers answers = locus.answersReader().read(JsonDocument.parse(body, AnswersReader.SHAPE), "");
        List<String> questions = ruleBase.questionnaire().questions().stream().map(Question::id).toList();
        return new AnswersValidation(ruleBase.version(), questions.stream().filter(answers::isAnswered).toList(),
                questions.stream().filter(id -> !answers.isAnswered(id)).toList());
    }
}
