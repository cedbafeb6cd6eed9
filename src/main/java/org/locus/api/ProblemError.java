package org.locus.api;

import org.locus.questionnaire.AnswerProblem;

/**
 * One entry of a problem's {@code errors}: where in the request body (a JSON pointer, RFC 6901; empty for the whole
 * body) and what is wrong there.
 */
record ProblemError(String pointer, String detail) {

    static ProblemError of(AnswerProblem problem) {
        return new ProblemError(problem.pointer(), problem.message());
    }
}
