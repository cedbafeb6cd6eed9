package org.locus.batch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.Questionnaire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regions from CSV, one record at a time (Apache Commons CSV). UTF-8, with or without the byte order mark that
 * spreadsheet programs write; cells separated by commas, or by semicolons when the header has no comma (as spreadsheet
 * programs in many countries save CSV). A row is the record's number, as the spreadsheet showed it.
 */
public final class CsvRegions implements RegionSource {

    private static final Pattern LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)");

    private final String name;
    private final CountingStream in;
    private final long size;
    private final Questionnaire questionnaire;
    private final AnswersReader reader;
    private final boolean ignoreUnknown;

    /**
     * @param size the number of bytes, for the progress; 0 when not known
     */
    public CsvRegions(String name, InputStream in, long size, Questionnaire questionnaire, AnswersReader reader,
                      boolean ignoreUnknown) {
        this.name = name;
        this.in = new CountingStream(in);
        this.size = size;
        this.questionnaire = questionnaire;
        this.reader = reader;
        this.ignoreUnknown = ignoreUnknown;
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
        SheetRows rows = new SheetRows(name, questionnaire, reader, ignoreUnknown, regions);
        try (BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            char delimiter = delimiter(text);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(true).get();
            try (CSVParser parser = format.parse(text)) {
                for (CSVRecord record : parser) {
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cells::add);
                    rows.row((int) record.getRecordNumber(), cells);
                }
            }
        } catch (CharacterCodingException e) {
            throw new SheetException(name + " is not UTF-8 text; save it as CSV UTF-8");
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e);
        }
        rows.end();
    }

    /** Commas, unless the header line has none and has semicolons. */
    private static char delimiter(BufferedReader text) throws IOException {
        text.mark(1 << 16);
        int c = text.read();
        if (c != '\uFEFF') {
            text.reset();
        }
        text.mark(1 << 16);
        String header = text.readLine();
        text.reset();
        return header != null && header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
    }

    private SheetException unreadable(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return new SheetException(name + " is not UTF-8 text; save it as CSV UTF-8");
        }
        Matcher line = LINE.matcher(String.valueOf(cause.getMessage()));
        String at = line.find() ? " near line " + line.group(1) : "";
        return new SheetException(name + at + ": not readable as CSV (a quoted cell that is never closed, or "
                + "something after a closing quote)");
    }
}
