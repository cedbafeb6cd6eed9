package org.locus.api;

import org.locus.questionnaire.JsonDocument;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.locus.Locus;
import org.locus.reload.LiveKnowledge;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.locus.questionnaire.InvalidAnswersException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Diagnoses many regions in one request. Each item gets its own result or its own problem, so one bad region never
 * loses the others. As JSON (the default) the outcomes come in one document, complete once all are done; as JSON lines
 * ({@code Accept: application/x-ndjson}) each outcome is written the moment it is computed.
 */
@RestController
@Tag(name = "Diagnoses")
class BatchController {

    static final String PATH = "/api/v1/diagnoses/batch";
    private static final String DESCRIPTION = "Body: " + BatchRequest.SHAPE + ", each item an answers document with "
            + "an id of your choice. Each item gets its own result or its own problem (400 with errors pointing into "
            + "the batch, e.g. /items/3/answers/cluster-present), so one bad item never loses the others. A body that is "
            + "not such a list, an item without an id or an id used twice fails the whole request with 400.";

    private final LiveKnowledge knowledge;
    private final Diagnoses diagnoses;
    private final ApiLimits limits;
    private final ObjectMapper json;
    private final ObjectWriter outcomeWriter;

    BatchController(LiveKnowledge knowledge, Diagnoses diagnoses, ApiLimits limits, ObjectMapper json) {
        this.knowledge = knowledge;
        this.diagnoses = diagnoses;
        this.limits = limits;
        this.json = json;
        // one flush at the end of the document, not one per item (the JSON lines format flushes each line itself)
        this.outcomeWriter = json.writerFor(BatchOutcome.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    // with Accept */* both handlers match; Spring then prefers application/json, so JSON stays the default
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "diagnoseBatch", summary = "Diagnose many regions", description = DESCRIPTION
            + " Ask for application/x-ndjson to get one outcome per line as each is computed.")
    @ApiDocs.BatchBody
    @ApiResponse(responseCode = "200", description = "One outcome per item, in the order of the items", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = BatchResponse.class)),
            @Content(mediaType = MediaType.APPLICATION_NDJSON_VALUE, schema = @Schema(implementation = BatchOutcome.class))})
    @ApiDocs.BodyProblems
    ResponseEntity<StreamingResponseBody> diagnose(@RequestBody(required = false) byte[] body,
                                                   @Parameter(description = Diagnoses.TRACES_DESCRIPTION)
                                                   @RequestParam(defaultValue = "true") boolean traces) {
        BatchRequest request = read(body);
        // the whole batch is diagnosed on the knowledge of the moment it came in, whatever is reloaded meanwhile
        Locus locus = knowledge.current();
        // the document of BatchResponse, written item by item as each is diagnosed: a batch of thousands of regions
        // never holds all its results in memory at once
        StreamingResponseBody document = out -> {
            try (JsonGenerator generator = json.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .createGenerator(out)) {
                generator.writeStartObject();
                generator.writeArrayPropertyStart("items");
                for (BatchRequest.Item item : request.items()) {
                    outcomeWriter.writeValue(generator, outcome(locus, item, traces));
                }
                generator.writeEndArray();
                generator.writeEndObject();
            }
        };
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document);
    }

    // the same operation as above in its other format; the OpenAPI description states both there
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_NDJSON_VALUE)
    @Operation(hidden = true)
    ResponseEntity<StreamingResponseBody> stream(@RequestBody(required = false) byte[] body,
                                                 @RequestParam(defaultValue = "true") boolean traces) {
        BatchRequest request = read(body);
        Locus locus = knowledge.current();
        StreamingResponseBody lines = out -> {
            for (BatchRequest.Item item : request.items()) {
                out.write(json.writeValueAsBytes(outcome(locus, item, traces)));
                out.write('\n');
                out.flush();
            }
        };
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_NDJSON).body(lines);
    }

    private BatchRequest read(byte[] body) {
        BatchRequest request = BatchRequest.read(JsonDocument.parse(body, BatchRequest.SHAPE), limits.maxBatchSize());
        diagnoses.batchReceived(request.items().size());
        return request;
    }

    private BatchOutcome outcome(Locus locus, BatchRequest.Item item, boolean traces) {
        try {
            return BatchOutcome.diagnosed(item.id(), diagnoses.of(locus,
                    locus.answersReader().read(item.document(), item.pointer()), false, traces));
        } catch (InvalidAnswersException e) {
            return BatchOutcome.failed(item.id(), ApiProblems.invalidBody(e.problems()));
        } catch (RuntimeException e) {
            return BatchOutcome.failed(item.id(), ApiProblems.internalError(e));
        }
    }
}
