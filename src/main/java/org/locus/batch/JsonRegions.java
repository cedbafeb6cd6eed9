package org.locus.batch;

import org.locus.questionnaire.AnswerProblem;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.InvalidAnswersException;
import org.locus.questionnaire.JsonDocument;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Regions from answers documents: one document ({@code {"id": ..., "answers": {...}}}, the id optional), or JSON lines,
 * one such document a line, as the batch API's items are. Each is parsed strictly and checked by
 * {@link AnswersReader}, and a bad one is a region of its own that cannot be diagnosed.
 */
public final class JsonRegions implements RegionSource {

    /** The longest line read: an answers document is a few KB, a line past this is cut off and refused. */
    public static final int MAX_LINE = 1 << 20;

    private final String name;
    private final CountingStream in;
    private final long size;
    private final AnswersReader reader;

    /** JSON lines read from {@code in}; {@code size} in bytes for the progress, 0 when not known. */
    public JsonRegions(String name, InputStream in, long size, AnswersReader reader) {
        this.name = name;
        this.in = new CountingStream(in);
        this.size = size;
        this.reader = reader;
    }

    /**
     * One answers document as a region: its {@code id} when it has one as text, else {@code fallbackId}.
     *
     * @param where where it came from, for messages: a file name, a line
     */
    public static Region document(String fallbackId, String where, byte[] bytes, AnswersReader reader) {
        JsonNode document;
        try {
            document = JsonDocument.parse(bytes, AnswersReader.SHAPE);
        } catch (InvalidAnswersException e) {
            return unreadable(fallbackId, where, e);
        }
        JsonNode given = document.isObject() ? document.get("id") : null;
        String id = given != null && given.isString() && !given.asString().isBlank() ? given.asString() : fallbackId;
        try {
            return new Region.Answered(id, where, reader.read(document, ""));
        } catch (InvalidAnswersException e) {
            return unreadable(id, where, e);
        }
    }

    private static Region unreadable(String id, String where, InvalidAnswersException e) {
        return new Region.Unreadable(id, where, e.problems().stream().map(AnswerProblem::describe).toList());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double done() {
        return size > 0 ? Math.min(1, (double) in.count() / size) : Double.NaN;
    }

    @Override
    public void read(Consumer<Region> regions) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int number = 1;
        boolean tooLong = false;
        try {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        if (!tooLong) {
                            line.write(buffer, start, i - start);
                        }
                        emit(number++, line, tooLong, regions);
                        line.reset();
                        tooLong = false;
                        start = i + 1;
                    }
                }
                if (!tooLong) {
                    line.write(buffer, start, n - start);
                    if (line.size() > MAX_LINE) {
                        tooLong = true;
                        line.reset();
                    }
                }
            }
        } catch (IOException e) {
            throw new SheetException(name + ": cannot read: " + e.getMessage());
        }
        if (tooLong || line.size() > 0) {
            emit(number, line, tooLong, regions);
        }
    }

    private void emit(int number, ByteArrayOutputStream line, boolean tooLong, Consumer<Region> regions) {
        String where = name + " line " + number;
        if (tooLong) {
            regions.accept(new Region.Unreadable("line " + number, where, java.util.List.of("the line is longer "
                    + "than " + MAX_LINE / 1024 + " KB; an answers document is a few KB")));
            return;
        }
        byte[] bytes = line.toByteArray();
        if (JsonDocument.isBlank(bytes)) {
            return;
        }
        regions.accept(document("line " + number, where, bytes, reader));
    }
}
