package org.locus.analysis;

import tools.jackson.databind.ObjectMapper;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;

/**
 * One answer changed: from what it is to what it could be. Values are as in the answers document ({@code true},
 * {@code 4}, an option id) with {@code "unknown"} for don't-know; the texts are as a person reads them.
 */
public record AnswerChange(String question, String questionText, String section, Object from, String fromText,
                           Object to, String toText) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line: {@code "How fast ..." from 4 of 5 (...) to don't know}. */
    public String describe() {
        return "\"" + questionText + "\" from " + fromText + " to " + toText;
    }

    /**
     * The answers with this change made, so that a what-if can be tried as it was computed; answers the change makes
     * inapplicable go with it, as the analyses dropped them.
     */
    public Answers applyTo(Answers answers, AnswersReader reader) {
        return reader.keepApplicable(answers.with(question, reader.answer(question, JSON.valueToTree(to))));
    }
}
