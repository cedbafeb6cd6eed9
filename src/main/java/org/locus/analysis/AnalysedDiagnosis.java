package org.locus.analysis;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.locus.diagnosis.DiagnosisDocument;
import org.locus.diagnosis.DiagnosisResult;

/**
 * A diagnosis with its analysis: the result document with one more field, {@code analysis}. The diagnosis itself
 * knows nothing of analyses; this is where the two meet.
 */
public record AnalysedDiagnosis(@JsonUnwrapped DiagnosisResult diagnosis, Analysis analysis) implements DiagnosisDocument {
}
