package org.locus.questionnaire;

/**
 * One thing wrong with an answers document: a JSON pointer to the offending place (RFC 6901, for example
 * {@code /answers/export-share}) and a message a person can act on.
 */
public record AnswerProblem(String pointer, String message) {

    /** One line, for the command line: {@code /answers/export-share: 140 is above the maximum 100 (%)}. */
    public String describe() {
        return (pointer.isEmpty() ? "document" : pointer) + ": " + message;
    }
}
