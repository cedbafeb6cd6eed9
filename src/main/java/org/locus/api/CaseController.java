package org.locus.api;

import org.locus.questionnaire.JsonDocument;

import tools.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.locus.Locus;
import org.locus.cases.CaseLibrary;
import org.locus.reload.LiveKnowledge;
import org.locus.cases.LibraryCase;
import org.locus.analysis.AnalysedDiagnosis;
import org.locus.diagnosis.DiagnosisDocument;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.report.Subject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Iterator;

import static org.locus.api.DiagnosisMarkdownConverter.MARKDOWN;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "The case library, and the trainer's what-if")
class CaseController {

    private final LiveKnowledge knowledge;
    private final Diagnoses diagnoses;

    CaseController(LiveKnowledge knowledge, Diagnoses diagnoses) {
        this.knowledge = knowledge;
        this.diagnoses = diagnoses;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listCases", summary = "List the cases")
    @ApiResponse(responseCode = "200", description = "Every case of the library, in file name order")
    CaseList list() {
        return new CaseList(knowledge.current().cases().cases().stream().map(CaseSummary::of).toList());
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getCase", summary = "One case", description = "The case's story, sources, answers, "
            + "assumed answers, what a reader of the chapter expects, and teaching notes.")
    @ApiResponse(responseCode = "200", description = "The case")
    @ApiDocs.UnknownCase
    CaseDocument get(@PathVariable String id) {
        return CaseDocument.of(find(knowledge.current().cases(), id));
    }

    @PostMapping(path = "/{id}/diagnosis", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MARKDOWN, BriefRequest.PDF})
    @Operation(operationId = "diagnoseCase", summary = "Diagnose a case, optionally with some answers changed",
            description = "The trainer's what-if: each answer in the body replaces the case's own, and \"unknown\" "
                    + "makes it don't-know; without a body the case is diagnosed as it stands.")
    @ApiDocs.AnswerChangesBody
    @ApiResponse(responseCode = "200", description = "The result document", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AnalysedDiagnosis.class)),
            @Content(mediaType = MARKDOWN, schema = @Schema(type = "string")),
            @Content(mediaType = BriefRequest.PDF, schema = @Schema(type = "string", format = "binary"))})
    @ApiDocs.UnknownCase
    @ApiDocs.BodyProblems
    DiagnosisDocument diagnose(@PathVariable String id, @RequestBody(required = false) byte[] body,
                             @Parameter(description = Diagnoses.EXPLAIN_DESCRIPTION)
                             @RequestParam(defaultValue = "false") boolean explain,
                             @Parameter(description = Diagnoses.TRACES_DESCRIPTION)
                             @RequestParam(defaultValue = "true") boolean traces,
                             @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Locus locus = knowledge.current();
        LibraryCase libraryCase = find(locus.cases(), id);
        Answers answers = libraryCase.answers();
        boolean pdf = BriefRequest.wantsPdf(accept);
        if (pdf) {
            // the brief of a case is about the case's place and period
            BriefRequest.subject(new Subject(libraryCase.place(), libraryCase.period()));
        }
        return diagnoses.of(locus, JsonDocument.isBlank(body) ? answers : changed(locus.answersReader(), answers, body),
                explain || pdf, traces || pdf);
    }

    private static LibraryCase find(CaseLibrary library, String id) {
        return library.find(id).orElseThrow(() ->
                new UnknownCaseException(id, library.cases().stream().map(LibraryCase::id).toList()));
    }

    /** The case's answers with the body's applied; reading the body as an answers document checks every change. */
    private static Answers changed(AnswersReader answersReader, Answers answers, byte[] body) {
        JsonNode document = JsonDocument.parse(body, AnswersReader.SHAPE);
        Answers changes = answersReader.read(document, "");
        for (String id : document.get("answers").propertyNames()) {
            answers = answers.with(id, changes.get(id).orElse(null));
        }
        return answers;
    }
}
