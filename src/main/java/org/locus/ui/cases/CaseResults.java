package org.locus.ui.cases;

import org.locus.cases.LibraryCase;
import org.locus.analysis.AnalysedDiagnosis;
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
    private final Map<String, AnalysedDiagnosis> results = new ConcurrentHashMap<>();

    CaseResults(Analyst analyst) {
        this.analyst = analyst;
    }

    AnalysedDiagnosis of(LibraryCase libraryCase) {
        return results.computeIfAbsent(libraryCase.id(), id -> analyst.analyse(libraryCase.answers()));
    }
}
