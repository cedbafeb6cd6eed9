package org.locus.assessment;

import java.util.UUID;

/**
 * No assessment with this id is there for whoever asked: it never existed, was deleted, or belongs to another team
 * (which is told the same, so that ids cannot be probed).
 */
public class NoSuchAssessmentException extends RuntimeException {

    public NoSuchAssessmentException(UUID id) {
        super("no assessment " + id);
    }
}
