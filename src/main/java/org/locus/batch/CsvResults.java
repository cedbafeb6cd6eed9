package org.locus.batch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.locus.diagnosis.DiagnosisResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** The results as CSV, one row per region as each is done ({@link ResultColumns}). */
public final class CsvResults implements ResultWriter {

    private final ResultColumns columns;
    private final CSVPrinter out;

    /** @param top how many recommendations a row names, best first */
    public CsvResults(Writer out, int top) {
        this.columns = new ResultColumns(top);
        try {
            this.out = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
            this.out.printRecord(columns.header());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void diagnosed(Region.Answered region, DiagnosisResult result) {
        print(columns.row(region, result));
    }

    @Override
    public void failed(Region.Unreadable region) {
        print(columns.row(region));
    }

    private void print(List<Object> row) {
        try {
            out.printRecord(row.stream().map(v -> v instanceof Double d ? ResultColumns.number(d) : v));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
