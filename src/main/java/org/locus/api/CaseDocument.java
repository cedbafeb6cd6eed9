package org.locus.api;

import org.locus.cases.LibraryCase;

import java.util.List;
import java.util.Map;

/**
 * A whole case: its story, its sources, the answers it gives (those in {@code assumed} the chapter does not state),
 * what a reader of the chapter expects the diagnosis to show, and notes for the trainer.
 */
record CaseDocument(String id, String title, String place, String period, String sector, String summary,
                    List<String> sources, List<String> assumed, LibraryCase.Expectations expected,
                    String teachingNotes, Map<String, Object> answers) {

    @SuppressWarnings("unchecked")
    static CaseDocument of(LibraryCase c) {
        return new CaseDocument(c.id(), c.title(), c.place(), c.period(), c.sector(), c.summary(), c.sources(),
                c.assumed(), c.expected(), c.teachingNotes(), (Map<String, Object>) c.answers().toDocument().get("answers"));
    }
}
