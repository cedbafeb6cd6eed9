package org.locus.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.locus.Locus;
import org.locus.account.LocusUser;
import org.locus.api.AssessmentDocuments.AnswerChange;
import org.locus.api.AssessmentDocuments.AssessmentListView;
import org.locus.api.AssessmentDocuments.AssessmentView;
import org.locus.api.AssessmentDocuments.ChangeView;
import org.locus.api.AssessmentDocuments.DetailsChange;
import org.locus.api.AssessmentDocuments.HistoryView;
import org.locus.api.AssessmentDocuments.NewAssessment;
import org.locus.api.AssessmentDocuments.ReceiptListView;
import org.locus.api.AssessmentDocuments.ReceiptView;
import org.locus.api.AssessmentDocuments.SummaryView;
import org.locus.assessment.Assessment;
import org.locus.assessment.AssessmentDetails;
import org.locus.assessment.Assessments;
import org.locus.assessment.NoSuchAssessmentException;
import org.locus.assessment.Receipt;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisDocument;
import org.locus.questionnaire.Answers;
import org.locus.reload.LiveKnowledge;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.UUID;

/**
 * Saved assessments over HTTP, for an API token's account and only within its team: an assessment of another team
 * is answered exactly as one that does not exist (404). Every response that shows an assessment carries its version
 * as the ETag; a change may name the version it was made on in {@code If-Match} and is refused with 412 when that is
 * no longer the current one, so that two editors never silently overwrite each other.
 */
@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Assessments", description = "Saved assessments of the token's team: answers with notes and sources, "
        + "history, and the diagnoses shown")
@SecurityRequirement(name = "token")
class AssessmentController {

    private final Assessments assessments;
    private final LiveKnowledge knowledge;
    private final Diagnoses diagnoses;
    private final JsonMapper json;

    AssessmentController(Assessments assessments, LiveKnowledge knowledge, Diagnoses diagnoses, JsonMapper json) {
        this.assessments = assessments;
        this.knowledge = knowledge;
        this.diagnoses = diagnoses;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createAssessment", summary = "Create an assessment",
            description = "From scratch, from an answers object ('answers') or from a library case ('fromCase').")
    @ApiResponse(responseCode = "201", description = "The assessment made; Location names it")
    ResponseEntity<AssessmentView> create(@AuthenticationPrincipal LocusUser user, @RequestBody NewAssessment body) {
        AssessmentDetails details = new AssessmentDetails(body.name(), body.region(), body.period(), body.sector());
        Locus locus = knowledge.current();
        Answers answers = Answers.none();
        if (body.fromCase() != null && body.answers() != null) {
            throw new org.locus.assessment.InvalidAssessmentException(
                    "give either 'answers' or 'fromCase', not both");
        }
        if (body.fromCase() != null) {
            answers = locus.cases().find(body.fromCase()).map(LibraryCase::answers).orElseThrow(() ->
                    new UnknownCaseException(body.fromCase(),
                            locus.cases().cases().stream().map(LibraryCase::id).toList()));
        } else if (body.answers() != null) {
            answers = locus.answersReader().read(json.createObjectNode().set("answers", body.answers()), "");
        }
        Assessment made = assessments.create(user.team(), details, answers, user.getUsername());
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + made.id())).eTag(etag(made.version()))
                .body(AssessmentView.of(made));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listAssessments", summary = "List the team's assessments",
            description = "Most recently changed first; 'q' is looked for in name, region, period and sector.")
    AssessmentListView list(@AuthenticationPrincipal LocusUser user,
                            @Parameter(description = "text to look for") @RequestParam(defaultValue = "") String q,
                            @Parameter(description = "the archived ones instead")
                            @RequestParam(defaultValue = "false") boolean archived,
                            @Parameter(description = "at most this many (1 to 1000)")
                            @RequestParam(defaultValue = "200") int limit) {
        return new AssessmentListView(assessments.list(user.team(), q, archived, limit).stream().map(SummaryView::of)
                .toList());
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getAssessment", summary = "One assessment with its answers, notes and sources")
    ResponseEntity<AssessmentView> get(@AuthenticationPrincipal LocusUser user, @PathVariable UUID id) {
        Assessment a = assessments.get(user.team(), id);
        return ResponseEntity.ok().eTag(etag(a.version())).body(AssessmentView.of(a));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateAssessment", summary = "Rename, change details, archive or restore")
    ResponseEntity<AssessmentView> update(@AuthenticationPrincipal LocusUser user, @PathVariable UUID id,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          @RequestBody DetailsChange body) {
        Long expected = Versions.expected(ifMatch);
        Assessment a = assessments.get(user.team(), id);
        AssessmentDetails d = a.details();
        AssessmentDetails changed = new AssessmentDetails(or(body.name(), d.name()), or(body.region(), d.region()),
                or(body.period(), d.period()), or(body.sector(), d.sector()));
        if (!changed.equals(d)) {
            expected = assessments.updateDetails(user.team(), id, expected, changed, user.getUsername());
        }
        if (body.archived() != null && body.archived() != a.archived()) {
            assessments.archive(user.team(), id, expected, body.archived(), user.getUsername());
        }
        return get(user, id);
    }

    @PutMapping(path = "/{id}/answers/{question}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "answer", summary = "Save one answer as given, with its note and source",
            description = "A null or \"unknown\" value is don't know; with no note and source either, the answer is "
                    + "removed. The response is the assessment as it is now.")
    ResponseEntity<AssessmentView> answer(@AuthenticationPrincipal LocusUser user, @PathVariable UUID id,
                                          @PathVariable String question,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          @RequestBody AnswerChange body) {
        assessments.answer(user.team(), id, Versions.expected(ifMatch), question,
                body.value() == null ? json.nullNode() : body.value(), body.note(), body.source(), user.getUsername());
        return get(user, id);
    }

    @GetMapping(path = "/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "assessmentHistory", summary = "Every change: who, when, old and new value")
    HistoryView history(@AuthenticationPrincipal LocusUser user, @PathVariable UUID id) {
        return new HistoryView(assessments.history(user.team(), id).stream().map(ChangeView::of).toList());
    }

    @PostMapping(path = "/{id}/diagnoses", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "diagnoseAssessment", summary = "Diagnose the assessment and keep the receipt",
            description = "The result document, as POST /api/v1/diagnoses gives it for the same answers; the "
                    + "answers, the knowledge base's version and the result are kept, and Location names the receipt.")
    @ApiResponse(responseCode = "201", description = "The result document")
    ResponseEntity<DiagnosisDocument> diagnose(@AuthenticationPrincipal LocusUser user, @PathVariable UUID id) {
        Locus locus = knowledge.current();
        Assessment a = assessments.get(user.team(), id);
        String answersDocument = a.answersDocument();
        DiagnosisDocument result = diagnoses.of(locus, locus.answersReader().read(answersDocument), false, true);
        Receipt receipt = assessments.keepReceipt(user.team(), id, locus.ruleBase().version(), answersDocument,
                json.writeValueAsString(result), user.getUsername());
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + id + "/diagnoses/" + receipt.id()))
                .eTag(etag(a.version())).body(result);
    }

    @GetMapping(path = "/{id}/diagnoses", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listAssessmentDiagnoses", summary = "The diagnoses kept, newest first, without results")
    ReceiptListView receipts(@AuthenticationPrincipal LocusUser user, @PathVariable UUID id) {
        return new ReceiptListView(assessments.receipts(user.team(), id).stream().map(ReceiptView::of).toList());
    }

    @GetMapping(path = "/{id}/diagnoses/{receipt}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getAssessmentDiagnosis", summary = "A diagnosis as it was shown, exactly")
    ReceiptView receipt(@AuthenticationPrincipal LocusUser user, @PathVariable UUID id, @PathVariable UUID receipt) {
        return assessments.receipt(user.team(), id, receipt).map(ReceiptView::of)
                .orElseThrow(() -> new NoSuchAssessmentException(id));
    }

    @DeleteMapping(path = "/{id}")
    @Operation(operationId = "deleteAssessment", summary = "Delete the assessment with its answers, history and "
            + "diagnoses")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@AuthenticationPrincipal LocusUser user, @PathVariable UUID id) {
        assessments.delete(user.team(), id);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    private static String or(String given, String current) {
        return given == null ? current : given;
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static final class Versions {
        private Versions() {
        }

        /** The version an If-Match names; {@code null} without one (or {@code *}: whatever is current). */
        static Long expected(String ifMatch) {
            if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
                return null;
            }
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                try {
                    return Long.parseLong(tag.substring(1, tag.length() - 1));
                } catch (NumberFormatException e) {
                    // not one of ours: it matches no version
                }
            }
            return -1L;
        }
    }
}
