package org.locus.ui.cases;

import org.locus.Locus;
import org.locus.cases.LibraryCase;
import org.locus.analysis.AnalysedDiagnosis;
import org.locus.reload.LiveKnowledge;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analysed diagnosis of each case as written, made once for each version of the knowledge: the library page
 * shows every case's findings, and they change only when the rules or the cases are reloaded.
 */
@Component
class CaseResults {

    private final LiveKnowledge knowledge;
    private volatile Made made;

    CaseResults(LiveKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    AnalysedDiagnosis of(LibraryCase libraryCase) {
        Locus now = knowledge.current();
        Made results = made;
        if (results == null || results.locus() != now) {
            results = new Made(now, new ConcurrentHashMap<>());
            made = results;
        }
        // the case as the current knowledge has it: a page built before a reload asks about the same case
        LibraryCase current = now.cases().find(libraryCase.id()).orElse(libraryCase);
        return results.byCase().computeIfAbsent(current.id(), id -> now.analyst().analyse(current.answers()));
    }

    private record Made(Locus locus, Map<String, AnalysedDiagnosis> byCase) {
    }
}
