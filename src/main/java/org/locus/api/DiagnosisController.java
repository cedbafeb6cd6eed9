package org.locus.api;

import org.locus.questionnaire.JsonDocument;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.locus.Locus;
import org.locus.analysis.AnalysedDiagnosis;
import org.locus.diagnosis.DiagnosisDocument;
import org.locus.reload.LiveKnowledge;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.report.Subject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.RestController;

import static org.locus.api.DiagnosisMarkdownConverter.MARKDOWN;

@RestController
@Tag(name = "Diagnoses", description = "Diagnose regions from their answers")
class DiagnosisController {

    private final LiveKnowledge knowledge;
    private final Diagnoses diagnoses;

    DiagnosisController(LiveKnowledge knowledge, Diagnoses diagnoses) {
        this.knowledge = knowledge;
        this.diagnoses = diagnoses;
    }

    @PostMapping(path = "/api/v1/diagnoses", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MARKDOWN, BriefRequest.PDF})
    @Operation(operationId = "diagnose", summary = "Diagnose one region",
            description = "Runs the rules on an answers document and returns the ranked recommendations, each "
                    + "explained down to the answers and the chapter sections. Ask for text/markdown to get a report, or for "
                    + "application/pdf to get the brief for a decision maker (always with the analysis).")
    @ApiDocs.AnswersBody
    @ApiResponse(responseCode = "200", description = "The result document", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AnalysedDiagnosis.class)),
            @Content(mediaType = MARKDOWN, schema = @Schema(type = "string")),
            @Content(mediaType = BriefRequest.PDF, schema = @Schema(type = "string", format = "binary"))})
    @ApiDocs.BodyProblems
    DiagnosisDocument diagnose(@RequestBody(required = false) byte[] body,
                             @Parameter(description = Diagnoses.EXPLAIN_DESCRIPTION)
                             @RequestParam(defaultValue = "false") boolean explain,
                             @Parameter(description = Diagnoses.TRACES_DESCRIPTION)
                             @RequestParam(defaultValue = "true") boolean traces,
                             @Parameter(description = BriefRequest.REGION_DESCRIPTION)
                             @RequestParam(required = false) String region,
                             @Parameter(description = BriefRequest.PERIOD_DESCRIPTION)
                             @RequestParam(required = false) String period,
                             @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Locus locus = knowledge.current();
        Answers answers = locus.answersReader().read(JsonDocument.parse(body, AnswersReader.SHAPE), "");
        boolean pdf = BriefRequest.wantsPdf(accept);
        if (pdf) {
            BriefRequest.subject(new Subject(region, period));
        }
        return diagnoses.of(locus, answers, explain || pdf, traces || pdf);
    }
}
