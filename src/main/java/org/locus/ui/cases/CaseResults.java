package org.locus.ui.cases;

import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The diagnosis of each case as written, made once: cases and rules do not change while the application runs. */
@Component
class CaseResults {

    private final Diagnostician diagnostician;
    private final Map<String, DiagnosisResult> results = new ConcurrentHashMap<>();

    CaseResults(Diagnostician diagnostician) {
        this.diagnostician = diagnostician;
    }

    DiagnosisResult of(LibraryCase libraryCase) {
        return results.computeIfAbsent(libraryCase.id(), id -> diagnostician.diagnose(libraryCase.answers()));
    }
}
