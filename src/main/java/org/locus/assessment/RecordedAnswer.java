package org.locus.assessment;

import java.time.Instant;

/**
 * One answer as saved: the value as it appears in an answers document ({@code true}, {@code 3}, {@code "option-id"},
 * written as JSON), or {@code null} for don't-know, with the note and source the adviser gave for it ("LED office
 * interview, March 2026"), and who gave it when. A don't-know may still carry a note ("asked; nobody knew").
 */
public record RecordedAnswer(String question, String value, String note, String source, Instant at, String by) {

    public static final int MAX_NOTE = 2000;
    public static final int MAX_SOURCE = 500;

    public RecordedAnswer {
        note = AssessmentDetails.bounded("note", note, MAX_NOTE);
        source = AssessmentDetails.bounded("source", source, MAX_SOURCE);
    }

    /** Nothing left worth keeping: no value, no note, no source. */
    public boolean isEmpty() {
        return value == null && note.isEmpty() && source.isEmpty();
    }
}
