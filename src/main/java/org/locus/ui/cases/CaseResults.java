package org.locus.ui.cases;

import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.analysis.Analyst;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analysed diagnosis of each case as written, made once: cases and rules do not change while the application runs.
 */
@Component
class CaseResults {

    private final Analyst analyst;
    private final Map<String, DiagnosisResult> results = new ConcurrentHashMap<>();

    CaseResults(Analyst analyst) {
        this.analyst = analyst;
    }

    DiagnosisResult of(LibraryCase libraryCase) {
        return results.computeIfAbsent(libraryCase.id(), id -> analyst.analyse(libraryCase.answers()));
    }
}
