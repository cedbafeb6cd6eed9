package org.locus.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.locus.assessment.Assessment;
import org.locus.assessment.AssessmentSummary;
import org.locus.assessment.Change;
import org.locus.assessment.Receipt;
import org.locus.assessment.RecordedAnswer;
import org.locus.questionnaire.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON documents of {@code /api/v1/assessments}. */
final class AssessmentDocuments {

    private AssessmentDocuments() {
    }

    @Schema(description = "A new assessment: its details, and optionally the answers to start from (an answers "
            + "document's 'answers' object) or a library case whose answers to copy")
    record NewAssessment(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Castellón tiles, spring 2026") String name,
                         @Schema(example = "Castellón") String region, @Schema(example = "2026 Q1") String period,
                         @Schema(example = "ceramic tiles") String sector,
                         @Schema(description = "question id to value, as in an answers document") JsonNode answers,
                         @Schema(description = "a library case's id (GET /api/v1/cases)") String fromCase) {
    }

    @Schema(description = "Changes to an assessment's details; what is left out stays as it is")
    record DetailsChange(String name, String region, String period, String sector, Boolean archived) {
    }

    @Schema(description = "One answer as given, with its note and source")
    record AnswerChange(@Schema(description = "the value as in an answers document; null or \"unknown\": don't know")
                        JsonNode value,
                        @Schema(example = "the strategy of 2024, not carried out") String note,
                        @Schema(example = "LED office interview, March 2026") String source) {
    }

    record AnswerView(JsonNode value, String note, String source, Instant updated, String updatedBy) {
        static AnswerView of(RecordedAnswer answer) {
            return new AnswerView(answer.value() == null ? null : parse(answer.value()), answer.note(),
                    answer.source(), answer.at(), answer.by());
        }
    }

    @Schema(description = "A saved assessment; its version is also its ETag")
    record AssessmentView(UUID id, String name, String region, String period, String sector, boolean archived,
                          long version, Instant created, String createdBy, Instant updated,
                          Map<String, AnswerView> answers) {
        static AssessmentView of(Assessment a) {
            Map<String, AnswerView> answers = new LinkedHashMap<>();
            a.answers().values().stream().sorted(java.util.Comparator.comparing(RecordedAnswer::question))
                    .forEach(r -> answers.put(r.question(), AnswerView.of(r)));
            return new AssessmentView(a.id(), a.details().name(), a.details().region(), a.details().period(),
                    a.details().sector(), a.archived(), a.version(), a.created(), a.createdBy(), a.updated(), answers);
        }
    }

    record SummaryView(UUID id, String name, String region, String period, String sector, boolean archived,
                       long version, Instant updated, int answered) {
        static SummaryView of(AssessmentSummary s) {
            return new SummaryView(s.id(), s.details().name(), s.details().region(), s.details().period(),
                    s.details().sector(), s.archived(), s.version(), s.updated(), s.answered());
        }
    }

    record AssessmentListView(List<SummaryView> assessments) {
    }

    record ChangeView(long sequence, Instant at, String by, String field, String question, String oldValue,
                      String newValue) {
        static ChangeView of(Change c) {
            return new ChangeView(c.sequence(), c.at(), c.by(), c.field(), c.question(), c.oldValue(), c.newValue());
        }
    }

    record HistoryView(List<ChangeView> changes) {
    }

    @Schema(description = "A diagnosis as it was shown: the answers it came from, the knowledge base's version and "
            + "the result document, exactly")
    record ReceiptView(UUID id, Instant at, String by, String knowledgeVersion, JsonNode answers, JsonNode result) {
        static ReceiptView of(Receipt r) {
            return new ReceiptView(r.id(), r.at(), r.by(), r.knowledgeVersion(), parse(r.answers()),
                    r.result().isEmpty() ? null : parse(r.result()));
        }
    }

    record ReceiptListView(List<ReceiptView> diagnoses) {
    }

    static JsonNode parse(String json) {
        return JsonDocument.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "JSON");
    }
}
