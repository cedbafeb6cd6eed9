package org.locus.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.locus.diagnosis.DiagnosisResult;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The results as JSON lines, one region a line as the batch API's {@code application/x-ndjson} writes them: its id,
 * where it came from, and its result document (without the traces unless asked for) or its problems.
 */
public final class JsonLinesResults implements ResultWriter {

    private static final ObjectWriter JSON = new ObjectMapper().writer();

    private final Writer out;
    private final boolean traces;

    public JsonLinesResults(Writer out, boolean traces) {
        this.out = out;
        this.traces = traces;
    }

    /** One line of the output. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(String id, String source, DiagnosisResult result, List<String> problems) {
    }

    @Override
    public void diagnosed(Region.Answered region, DiagnosisResult result) {
        write(new Line(region.id(), region.where(), traces ? result : result.withoutTraces(), null));
    }

    @Override
    public void failed(Region.Unreadable region) {
        write(new Line(region.id(), region.where(), null, region.problems()));
    }

    private void write(Line line) {
        try {
            out.write(JSON.writeValueAsString(line));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
