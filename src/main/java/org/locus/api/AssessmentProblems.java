package org.locus.api;

import org.locus.account.InvalidAccountException;
import org.locus.assessment.InvalidAssessmentException;
import org.locus.assessment.NoSuchAssessmentException;
import org.locus.assessment.VersionConflictException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem documents for saved assessments and accounts, before {@link ApiProblems}' catch-all: 404 for an
 * assessment that is not there for the caller (another team's included), 412 for a change on an outdated version
 * (with the current one, as ETag and in the document), 400 for a value or detail that does not fit.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AssessmentProblems {

    @ExceptionHandler
    ProblemDetail noSuchAssessment(NoSuchAssessmentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no such assessment for your team: it was deleted, or never was.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> conflict(VersionConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                "The assessment was changed by someone else: your change was made on version " + e.expected()
                        + ", and it is at version " + e.current() + " now. Nothing was saved; read it again and "
                        + "make the change on the current version.");
        problem.setProperty("currentVersion", e.current());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(AssessmentController.etag(e.current()))
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail invalidAssessment(InvalidAssessmentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, capitalized(e.getMessage()) + ".");
    }

    @ExceptionHandler
    ProblemDetail invalidAccount(InvalidAccountException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, capitalized(e.getMessage()) + ".");
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
