package org.locus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.locus.diagnosis.DiagnosisResult;
import org.springframework.http.ProblemDetail;

/** One item of a batch, diagnosed: its id with either its result or its problem. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One item's outcome: 'result' when it was diagnosed, 'problem' when it was not")
record BatchOutcome(
        @Schema(description = "the id the client gave the item") String id,
        DiagnosisResult result,
        @Schema(implementation = ProblemDocument.class) ProblemDetail problem) {

    static BatchOutcome diagnosed(String id, DiagnosisResult result) {
        return new BatchOutcome(id, result, null);
    }

    static BatchOutcome failed(String id, ProblemDetail problem) {
        return new BatchOutcome(id, null, problem);
    }
}
