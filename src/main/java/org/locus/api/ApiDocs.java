package org.locus.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** OpenAPI annotations that several operations share, so each operation states them in one line. */
final class ApiDocs {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String ANSWERS_SCHEMA = "#/components/schemas/AnswersDocument";
    static final String BATCH_SCHEMA = "#/components/schemas/BatchRequest";

    private ApiDocs() {
    }

    /** The body is an answers document; its schema is generated from the questionnaire. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @RequestBody(required = true, description = "The answers document (schema also at GET /api/v1/schema/answers)",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = ANSWERS_SCHEMA)))
    @interface AnswersBody {
    }

    /** The body is a batch of answers documents, each with an id. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @RequestBody(required = true, description = "The answers documents, each with an id of your choice",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = BATCH_SCHEMA)))
    @interface BatchBody {
    }

    /** The body, if any, changes some of a case's answers. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @RequestBody(required = false, description = "Answers to change: each replaces the case's answer; \"unknown\" "
            + "makes it don't-know. Leave the body out to diagnose the case as it stands.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = ANSWERS_SCHEMA)))
    @interface AnswerChangesBody {
    }

    /** The errors of any operation that reads a JSON body and may answer in more than one format. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "400", description = "The body is empty, not JSON, or has invalid answers; "
            + "'errors' lists each problem with a JSON pointer",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDocument.class)))
    @ApiResponse(responseCode = "406", description = "The Accept header asks for a format this operation cannot give",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDocument.class)))
    @ApiResponse(responseCode = "413", description = "The body (or the batch) is over its limit",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDocument.class)))
    @ApiResponse(responseCode = "415", description = "The body is not sent as application/json",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDocument.class)))
    @interface BodyProblems {
    }

    /** The case named in the path is not in the library. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "404", description = "No case with this id in the library",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDocument.class)))
    @interface UnknownCase {
    }
}
