package org.locus.assessment;

/** What was asked of an assessment cannot be done as given; the message says why, for the person who asked. */
public class InvalidAssessmentException extends RuntimeException {

    public InvalidAssessmentException(String message) {
        super(message);
    }
}
