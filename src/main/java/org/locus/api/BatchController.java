package org.locus.api;

import org.locus.questionnaire.JsonDocument;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Diagnoses many regions in one request. Each item gets its own result or its own problem, so one bad region never
 * loses the others. As JSON (the default) the outcomes come in one document, complete once all are done; as JSON lines
 * ({@code Accept: application/x-ndjson}) each outcome is written the moment it is computed. Either way an outcome is
 * computed only when the client can take it, and a client that does not read holds no thread (see
 * {@link OutcomeStream}).
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

    BatchController(LiveKnowledge knowledge, Diagnoses diagnoses, ApiLimits limits, ObjectMapper json) {
        this.knowledge = knowledge;
        this.diagnoses = diagnoses;
        this.limits = limits;
        this.json = json;
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
    void diagnose(@RequestBody(required = false) byte[] body,
                  @Parameter(description = Diagnoses.TRACES_DESCRIPTION) @RequestParam(defaultValue = "true")
                  boolean traces, HttpServletRequest http, HttpServletResponse response) throws IOException {
        BatchRequest request = read(body);
        // the whole batch is diagnosed on the knowledge of the moment it came in, whatever is reloaded meanwhile
        Locus locus = knowledge.current();
        // the document of BatchResponse, written item by item as each is diagnosed: a batch of thousands of regions
        // never holds all its results in memory at once
        Iterator<BatchRequest.Item> items = request.items().iterator();
        Iterator<byte[]> document = new Iterator<>() {
            private boolean started;
            private boolean ended;

            @Override
            public boolean hasNext() {
                return !ended;
            }

            @Override
            public byte[] next() {
                if (ended) {
                    throw new NoSuchElementException();
                }
                if (!items.hasNext()) {
                    ended = true;
                    return (started ? "]}" : "{\"items\":[]}").getBytes(StandardCharsets.UTF_8);
                }
                String before = started ? "," : "{\"items\":[";
                started = true;
                byte[] outcome = json.writeValueAsBytes(outcome(locus, items.next(), traces));
                return concat(before.getBytes(StandardCharsets.UTF_8), outcome);
            }
        };
        OutcomeStream.start(http, response, MediaType.APPLICATION_JSON, document, limits.batchTimeout());
    }

    // the same operation as above in its other format; the OpenAPI description states both there
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_NDJSON_VALUE)
    @Operation(hidden = true)
    void stream(@RequestBody(required = false) byte[] body, @RequestParam(defaultValue = "true") boolean traces,
                HttpServletRequest http, HttpServletResponse response) throws IOException {
        Iterator<BatchRequest.Item> items = read(body).items().iterator();
        Locus locus = knowledge.current();
        Iterator<byte[]> lines = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public byte[] next() {
                return concat(json.writeValueAsBytes(outcome(locus, items.next(), traces)), new byte[]{'\n'});
            }
        };
        OutcomeStream.start(http, response, MediaType.APPLICATION_NDJSON, lines, limits.batchTimeout());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private BatchRequest read(byte[] body) {
        BatchRequest request = BatchRequest.read(JsonDocument.parse(body, BatchRequest.SHAPE), limits.maxBatchSize());
        diagnoses.batchReceived(request.items().size());
        return request;
    }

    private BatchOutcome outcome(Locus locus, BatchRequest.Item item, boolean traces) {
        try {
            return BatchOutcome.diagnosed(item.id(), diagnoses.of(locus,
                    locus.answersReader().read(item.document(), item.pointer()), false, traces).diagnosis());
        } catch (InvalidAnswersException e) {
            return BatchOutcome.failed(item.id(), ApiProblems.invalidBody(e.problems()));
        } catch (RuntimeException e) {
            return BatchOutcome.failed(item.id(), ApiProblems.internalError(e));
        }
    }
}
