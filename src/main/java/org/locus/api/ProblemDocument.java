package org.locus.api;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * The shape of every error response, an RFC 9457 problem detail, as the OpenAPI description shows it. At run time
 * the body is Spring's {@code ProblemDetail} with {@code errors} added; this record only describes it.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail (application/problem+json)")
record ProblemDocument(
        @Schema(description = "about:blank: the status says what kind of problem it is") String type,
        @Schema(description = "the HTTP status phrase", example = "Bad Request") String title,
        @Schema(example = "400") int status,
        @Schema(description = "what is wrong and what to do, for a person") String detail,
        @Schema(description = "the request path", example = "/api/v1/diagnoses") String instance,
        @Schema(description = "for a bad body: one entry per problem, each with a JSON pointer into the body")
        List<ProblemError> errors) {
}
