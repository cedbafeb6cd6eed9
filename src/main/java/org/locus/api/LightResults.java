package org.locus.api;

import org.locus.analysis.AnalysedDiagnosis;
import org.locus.diagnosis.DiagnosisDocument;

/** A result without its traces ({@code ?traces=false}): the ranking, scores, statuses and contributions stay. */
final class LightResults {

    private LightResults() {
    }

    static DiagnosisDocument withoutTraces(DiagnosisDocument document) {
        return document instanceof AnalysedDiagnosis analysed
                ? new AnalysedDiagnosis(analysed.diagnosis().withoutTraces(), analysed.analysis())
                : document.diagnosis().withoutTraces();
    }
}
