package org.locus.questionnaire;

import org.locus.knowledge.Answer;

import java.util.List;

/**
 * A question is asked only when an earlier question has one of these answers: the export-buyer questions only where
 * producers deal with buyers abroad, say. An earlier question left at don't-know does not rule the later one out (it
 * may apply); an earlier question that does not apply itself rules it out.
 *
 * @param question the earlier question
 * @param values   its answers under which the question applies: option ids, or "yes"/"no"
 */
public record AskedWhen(String question, List<String> values) {

    public AskedWhen {
        values = List.copyOf(values);
    }

    /** Whether a given answer to the earlier question lets the question apply. */
    boolean heldBy(Answer answer) {
        return values.contains(answer.getValue());
    }

    /** In words, for help texts and error messages: "'skills-schemes' is yes". */
    public String describe() {
        return "'" + question + "' is " + (values.size() == 1 ? values.getFirst() : "one of " + String.join(", ", values));
    }
}
