package org.locus.explanation;

import java.util.List;

/**
 * One rule match behind a derived fact: the rule, what it says, where the chapter says it, the answers it matched,
 * the derived facts it used (each with its own trace), and, for a provisional match, what it still awaits.
 *
 * @param status   {@code established} when the match rests on answers and established facts only;
 *                 {@code provisional} when it awaits an answer, uses a provisional fact, or the rule concludes from
 *                 missing information
 * @param awaiting the unanswered questions whose answers would confirm the match or rule it out
 */
public record TraceStep(String rule, String description, String section, List<String> cites, String file,
                        String status, List<CitedAnswer> answers, List<UsedFact> uses, List<AwaitedAnswer> awaiting) {

    /** An answer a rule matched: the question, its text, and the answer as a person reads it. */
    public record CitedAnswer(String question, String text, Object value, String answer) {
    }

    /** A derived fact a rule matched: kind is situation or finding. */
    public record UsedFact(String kind, String id, String value, String title, String status, List<TraceStep> trace) {
    }

    /** A question a provisional match awaits. */
    public record AwaitedAnswer(String question, String text) {
    }
}
