package org.locus.explanation;

import java.util.List;

/**
 * One rule match behind a derived fact: the rule, what it says, where the chapter says it, the answers it matched,
 * and the derived facts it used (each with its own trace).
 */
public record TraceStep(String rule, String description, String section, List<String> cites, String file,
                        List<CitedAnswer> answers, List<UsedFact> uses) {

    /** An answer a rule matched: the question, its text, and the answer as a person reads it. */
    public record CitedAnswer(String question, String text, Object value, String answer) {
    }

    /** A derived fact a rule matched: kind is situation or finding. */
    public record UsedFact(String kind, String id, String value, String title, List<TraceStep> trace) {
    }
}
