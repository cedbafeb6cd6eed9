package org.locus.cli;

import org.locus.Locus;
import org.locus.batch.Batch;
import org.locus.batch.BatchSummary;
import org.locus.batch.CsvResults;
import org.locus.batch.JsonLinesResults;
import org.locus.batch.RegionSource;
import org.locus.batch.ResultWriter;
import org.locus.batch.XlsxResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Diagnoses many regions: a spreadsheet (CSV or XLSX, one region a row: its id in the first "
                + "column, one question id per column after it, an empty cell for don't know; 'template' writes one), "
                + "answers documents (files, or every .json file of a folder), or JSON lines on standard input (-). "
                + "Writes one result per region as it is done: JSON lines, CSV or XLSX. A region that cannot be read "
                + "gets its own problems, by row and column, and the others are diagnosed; the exit code is 1 when "
                + "any region failed.",
        footer = {"%nExamples:",
                "  java -jar locus.jar template --out regions.xlsx",
                "  java -jar locus.jar batch regions.xlsx --out results.xlsx",
                "  java -jar locus.jar batch regions.csv --format csv > results.csv",
                "  cat regions.jsonl | java -jar locus.jar batch - > results.jsonl"})
final class BatchCommand implements Callable<Integer> {

    enum Format { jsonl, csv, xlsx }

    enum InputFormat { auto, csv, xlsx, json, jsonl }

    enum When { auto, always, never }

    /** The most problem lines written to standard error; the results hold every one. */
    static final int ERROR_LINES = 20;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "a .csv or .xlsx sheet, a .json answers document, "
            + "a .jsonl file of JSON lines, a folder of .json documents, or - for standard input (JSON lines unless "
            + "--input-format csv)")
    List<Path> inputs;

    @Option(names = "--format", description = "jsonl, csv or xlsx (default: from the --out file's name, else jsonl)")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "where to write the results (default: "
            + "standard output)")
    Path out;

    @Option(names = "--input-format", defaultValue = "auto", description = "how to read the inputs: auto (by the "
            + "file name's ending; JSON lines for -), csv, xlsx, json or jsonl")
    InputFormat inputFormat;

    @Option(names = "--top", defaultValue = "3", paramLabel = "N", description = "recommendations per region in CSV and "
            + "in the results sheet, best first (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--traces", description = "JSON lines: keep each result's traces (by default they are left out, "
            + "for a result a fifth to two fifths of the size)")
    boolean traces;

    @Option(names = "--region-sheets", defaultValue = "1000", paramLabel = "N", description = "XLSX: how many regions, "
            + "the first, get a sheet of their own with their recommendations and findings (default: ${DEFAULT-VALUE}); "
            + "every region has its row in the results sheet")
    int regionSheets;

    @Option(names = "--threads", paramLabel = "N", description = "diagnoses at once (default: one per core, "
            + "${DEFAULT-VALUE}); the results keep the order of the input whatever it is")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--ignore-unknown-columns", description = "pass over a column whose header is no question id "
            + "instead of refusing the sheet")
    boolean ignoreUnknownColumns;

    @Option(names = "--progress", defaultValue = "auto", description = "auto (a progress bar on standard error when it "
            + "is a terminal), always or never")
    When progress;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new InputException("--top must be 1 or more, not " + top);
        }
        Format output = format != null ? format : fromName(out);
        if (output == Format.xlsx && out == null && Terminal.isStandardOutput()) {
            throw new InputException("an XLSX workbook is not for a terminal: name a file with --out results.xlsx");
        }
        BatchInputs given = new BatchInputs(inputs, out, inputFormat, ignoreUnknownColumns);
        given.check();
        Locus locus = knowledge.loadRules();
        List<Closeable> open = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<RegionSource> sources = given.sources(locus, open);
            boolean draw = progress == When.always || progress == When.auto && Terminal.isStandardError();
            BatchWatcher watcher = new BatchWatcher(sources, err, draw);
            long start = System.nanoTime();
            BatchSummary summary;
            int sheets;
            try (ResultWriter writer = writer(output, open)) {
                summary = new Batch(locus.diagnostician(), threads).run(sources, writer, watcher::done);
                sheets = writer instanceof XlsxResults xlsx ? xlsx.regionSheets() : -1;
            } catch (UncheckedIOException e) {
                throw new InputException((out == null ? "standard output" : out.toString()) + ": cannot write the "
                        + "results: " + e.getCause().getMessage());
            } finally {
                watcher.end();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (watcher.unprinted() > 0) {
                err.println("locus: ... and " + watcher.unprinted() + " more problems; the results name every one");
            }
            if (sheets >= 0 && sheets < summary.regions() - summary.failed()) {
                err.println("locus: " + sheets + " regions have a sheet of their own (--region-sheets); all "
                        + (summary.regions() - summary.failed()) + " have their row in the results sheet");
            }
            PrintWriter report = out == null ? err : spec.commandLine().getOut();
            report.println(summary.render(String.format(Locale.ROOT, "%.1f s, %.0f regions/s", seconds,
                    summary.regions() / Math.max(seconds, 1e-9))));
            if (out != null) {
                report.println("results in " + out);
            }
            return summary.failed() == 0 ? 0 : LocusCli.EXIT_REGIONS_FAILED;
        } finally {
            for (Closeable c : open) {
                try {
                    c.close();
                } catch (IOException e) {
                    // an input we only read: nothing of the results depends on closing it
                }
            }
        }
    }

    private static Format fromName(Path file) {
        String name = file == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? Format.csv : name.endsWith(".xlsx") ? Format.xlsx : Format.jsonl;
    }

    private ResultWriter writer(Format output, List<Closeable> open) {
        switch (output) {
            case xlsx -> {
                return new XlsxResults(binary(open), top, regionSheets);
            }
            case csv -> {
                return new CsvResults(text(open), top);
            }
            default -> {
                return new JsonLinesResults(text(open), traces);
            }
        }
    }

    private Writer text(List<Closeable> open) {
        if (out == null) {
            // standard output stays open for whatever the command line prints after the results
            return new java.io.FilterWriter(spec.commandLine().getOut()) {
                @Override
                public void close() {
                    flushQuietly(out);
                }

                private void flushQuietly(Writer writer) {
                    try {
                        writer.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        }
        return new BufferedWriter(new OutputStreamWriter(binary(open), StandardCharsets.UTF_8), 1 << 16);
    }

    private OutputStream binary(List<Closeable> open) {
        try {
            OutputStream stream = out == null ? new FileOutputStream(FileDescriptor.out)
                    : new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
            open.add(stream);
            return stream;
        } catch (IOException e) {
            throw new InputException(out + ": cannot write: " + e.getMessage());
        }
    }
}
