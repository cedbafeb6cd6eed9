package org.locus.api;

import org.locus.questionnaire.AnswerProblem;
import org.locus.questionnaire.InvalidAnswersException;
import org.locus.reload.KnowledgeBaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

import java.util.List;

/**
 * Turns every failure into an RFC 9457 problem detail ({@code application/problem+json}) that says what to change:
 * the client's mistakes as 4xx with one entry per bad field under {@code errors}, never a stack trace or a class
 * name. Spring MVC's own failures (unknown route, wrong method, wrong media type) come through here too, because
 * this advice applies to every handler, including the one that answers unknown routes under {@code /api}.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    /** 400 with every problem found in the body, each with a JSON pointer into it. */
    static ProblemDetail invalidBody(List<AnswerProblem> problems) {
        String detail = problems.size() > 1
                ? problems.size() + " problems in the request body; each is listed under 'errors' with a JSON pointer to it."
                : problems.get(0).pointer().isEmpty() ? capitalized(problems.get(0).message()) + "."
                : problems.get(0).describe() + ".";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", problems.stream().map(ProblemError::of).toList());
        return problem;
    }

    /** 500 for a fault of ours; the details go to the log, not to the client. */
    static ProblemDetail internalError(Exception e) {
        LOG.error("Request failed", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Locus failed on this request; the error is logged. Please report it with the request that caused it.");
    }

    @ExceptionHandler
    ProblemDetail invalidAnswers(InvalidAnswersException e) {
        return invalidBody(e.problems());
    }

    @ExceptionHandler
    ProblemDetail bodyTooLarge(RequestBodyTooLargeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than the limit of " + readable(e.limit()) + ".");
    }

    @ExceptionHandler
    ProblemDetail batchTooLarge(BatchTooLargeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "The batch has " + e.size()
                + " items; at most " + e.limit() + " are allowed in one request. Split it into smaller batches.");
    }

    @ExceptionHandler
    ProblemDetail unknownCase(UnknownCaseException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no case '" + e.caseId()
                + "' in the library. Known cases: "
                + String.join(", ", e.knownIds()) + ".");
    }

    /** No knowledge base has loaded (the server is about to stop on it): not the client's fault, and not for long. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> knowledgeBaseUnavailable(KnowledgeBaseUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "The knowledge base is not loaded, so nothing can be diagnosed; try again later."));
    }

    /** A fault of ours; a client that hung up mid-stream is no fault, and there is no one left to answer. */
    @ExceptionHandler
    ProblemDetail unexpected(Exception e) {
        return DisconnectedClientHelper.isClientDisconnectedException(e) ? null : internalError(e);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException e, HttpHeaders headers,
                                                                   HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = e.getBody();
        problem.setDetail("There is no " + e.getHttpMethod() + " " + e.getRequestURL()
                + ". The API's endpoints are listed at /v3/api-docs.");
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        ProblemDetail problem = e.getBody();
        problem.setDetail("Send the body as JSON, with the header 'Content-Type: application/json'"
                + (e.getContentType() == null ? "." : " (not '" + e.getContentType() + "')."));
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes % DataSize.ofKilobytes(1).toBytes() == 0 ? size.toKilobytes() + " KB" : bytes + " bytes";
    }
}
