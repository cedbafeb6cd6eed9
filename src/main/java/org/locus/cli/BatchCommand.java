package org.locus.cli;

import org.locus.Locus;
import org.locus.batch.Batch;
import org.locus.batch.BatchSummary;
import org.locus.batch.CsvRegions;
import org.locus.batch.CsvResults;
import org.locus.batch.JsonLinesResults;
import org.locus.batch.JsonRegions;
import org.locus.batch.Region;
import org.locus.batch.RegionSource;
import org.locus.batch.ResultWriter;
import org.locus.batch.XlsxRegions;
import org.locus.batch.XlsxResults;
import org.locus.questionnaire.AnswersReader;
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
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

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
        checkInputs();
        Locus locus = knowledge.loadRules();
        List<Closeable> open = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<RegionSource> sources = sources(locus, open);
            boolean draw = progress == When.always || progress == When.auto && Terminal.isStandardError();
            Watcher watcher = new Watcher(sources, err, draw);
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
            if (watcher.unprinted > 0) {
                err.println("locus: ... and " + watcher.unprinted + " more problems; the results name every one");
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

    /** Every input is there before the rules are loaded, which takes a few seconds. */
    private void checkInputs() {
        for (Path input : inputs) {
            if (!input.toString().equals("-") && !Files.exists(input)) {
                throw new InputException(input + ": no such file or folder");
            }
            if (out != null && !input.toString().equals("-") && sameFile(input, out)) {
                throw new InputException(out + " is also an input: writing the results there would overwrite the "
                        + "answers being read; name another --out");
            }
        }
    }

    private static boolean sameFile(Path input, Path output) {
        try {
            return Files.exists(output) && Files.isSameFile(input, output);
        } catch (IOException e) {
            return false;
        }
    }

    private List<RegionSource> sources(Locus locus, List<Closeable> open) {
        AnswersReader reader = locus.answersReader();
        List<RegionSource> sources = new ArrayList<>();
        List<Path> documents = new ArrayList<>();
        for (Path input : inputs) {
            InputFormat kind = kind(input);
            if (kind != InputFormat.json && !documents.isEmpty()) {
                sources.add(new DocumentFiles(documents, reader));
                documents = new ArrayList<>();
            }
            boolean stdin = input.toString().equals("-");
            switch (kind) {
                case json -> {
                    if (Files.isDirectory(input)) {
                        documents.addAll(folder(input));
                    } else {
                        documents.add(input);
                    }
                }
                case jsonl -> sources.add(stdin ? new JsonRegions("standard input", System.in, 0, reader)
                        : new JsonRegions(input.toString(), open(input, open), size(input), reader));
                case csv -> sources.add(new CsvRegions(stdin ? "standard input" : input.toString(),
                        stdin ? System.in : open(input, open), stdin ? 0 : size(input), locus.ruleBase().questionnaire(),
                        reader, ignoreUnknownColumns));
                case xlsx -> {
                    if (stdin) {
                        throw new InputException("an XLSX workbook cannot be read from standard input; name its file");
                    }
                    sources.add(new XlsxRegions(input, locus.ruleBase().questionnaire(), reader, ignoreUnknownColumns));
                }
                case auto -> throw new IllegalStateException("resolved above");
            }
        }
        if (!documents.isEmpty()) {
            sources.add(new DocumentFiles(documents, reader));
        }
        return sources;
    }

    private InputFormat kind(Path input) {
        if (Files.isDirectory(input)) {
            return InputFormat.json;
        }
        if (inputFormat != InputFormat.auto) {
            return inputFormat;
        }
        if (input.toString().equals("-")) {
            return InputFormat.jsonl;
        }
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return InputFormat.csv;
        }
        if (name.endsWith(".xlsx")) {
            return InputFormat.xlsx;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return InputFormat.jsonl;
        }
        if (name.endsWith(".json")) {
            return InputFormat.json;
        }
        if (name.endsWith(".xls")) {
            throw new InputException(input + " is an Excel 97-2003 workbook; save it as .xlsx, or as CSV UTF-8");
        }
        throw new InputException(input + ": cannot tell its format from its name; name it .csv, .xlsx, .json or "
                + ".jsonl, or pass --input-format");
    }

    private static List<Path> folder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> json = files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(Files::isRegularFile).sorted().toList();
            if (json.isEmpty()) {
                throw new InputException(folder + ": no .json answers documents in this folder");
            }
            return json;
        } catch (IOException e) {
            throw new InputException(folder + ": cannot list: " + e.getMessage());
        }
    }

    private static InputStream open(Path file, List<Closeable> open) {
        try {
            InputStream in = Files.newInputStream(file);
            open.add(in);
            return in;
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
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

    /** Follows the batch for the person at the terminal: the progress bar and the problems of each failed region. */
    private static final class Watcher {

        private final List<RegionSource> sources;
        private final PrintWriter err;
        private final Progress progress;
        private int printed;
        private int unprinted;

        Watcher(List<RegionSource> sources, PrintWriter err, boolean draw) {
            this.sources = sources;
            this.err = err;
            this.progress = draw ? new Progress(err, this::fraction, System::nanoTime) : null;
        }

        /** The share of all inputs read: the sources before the one being read, and its own share. */
        private double fraction() {
            for (int i = 0; i < sources.size(); i++) {
                double done = sources.get(i).done();
                if (Double.isNaN(done)) {
                    return Double.NaN;
                }
                if (done < 1 || i == sources.size() - 1) {
                    return (i + done) / sources.size();
                }
            }
            return Double.NaN;
        }

        void done(Region region) {
            if (region instanceof Region.Unreadable failed) {
                for (String problem : failed.problems()) {
                    if (printed < ERROR_LINES) {
                        if (progress != null) {
                            progress.end();
                        }
                        err.println("locus: " + failed.where() + ": " + problem);
                        printed++;
                    } else {
                        unprinted++;
                    }
                }
            }
            if (progress != null) {
                progress.step();
            }
        }

        void end() {
            if (progress != null) {
                progress.end();
            }
            err.flush();
        }
    }
}
