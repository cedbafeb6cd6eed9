package org.locus.analysis;

/**
 * One answer changed: from what it is to what it could be. Values are as in the answers document ({@code true},
 * {@code 4}, an option id) with {@code "unknown"} for don't-know; the texts are as a person reads them.
 */
public record AnswerChange(String question, String questionText, String section, Object from, String fromText,
                           Object to, String toText) {

    /** One line: {@code "How fast ..." from 4 of 5 (...) to don't know}. */
    public String describe() {
        return "\"" + questionText + "\" from " + fromText + " to " + toText;
    }
}
