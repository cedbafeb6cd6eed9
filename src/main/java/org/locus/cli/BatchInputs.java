package org.locus.cli;

import org.locus.Locus;
import org.locus.batch.CsvRegions;
import org.locus.batch.JsonRegions;
import org.locus.batch.RegionSource;
import org.locus.batch.XlsxRegions;
import org.locus.questionnaire.AnswersReader;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The inputs of {@code batch} turned into sources of regions: each by its kind (named, or told by its file name), the
 * answers documents given one after another (or found in a folder) taken together, standard input as JSON lines or
 * CSV.
 */
final class BatchInputs {

    private final List<Path> inputs;
    private final Path out;
    private final BatchCommand.InputFormat inputFormat;
    private final boolean ignoreUnknownColumns;

    BatchInputs(List<Path> inputs, Path out, BatchCommand.InputFormat inputFormat, boolean ignoreUnknownColumns) {
        this.inputs = List.copyOf(inputs);
        this.out = out;
        this.inputFormat = inputFormat;
        this.ignoreUnknownColumns = ignoreUnknownColumns;
    }

    /** Every input is there before the rules are loaded, which takes a few seconds. */
    void check() {
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

    List<RegionSource> sources(Locus locus, List<Closeable> open) {
        AnswersReader reader = locus.answersReader();
        List<RegionSource> sources = new ArrayList<>();
        List<Path> documents = new ArrayList<>();
        for (Path input : inputs) {
            BatchCommand.InputFormat kind = kind(input);
            if (kind != BatchCommand.InputFormat.json && !documents.isEmpty()) {
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

    private BatchCommand.InputFormat kind(Path input) {
        if (Files.isDirectory(input)) {
            return BatchCommand.InputFormat.json;
        }
        if (inputFormat != BatchCommand.InputFormat.auto) {
            return inputFormat;
        }
        if (input.toString().equals("-")) {
            return BatchCommand.InputFormat.jsonl;
        }
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return BatchCommand.InputFormat.csv;
        }
        if (name.endsWith(".xlsx")) {
            return BatchCommand.InputFormat.xlsx;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return BatchCommand.InputFormat.jsonl;
        }
        if (name.endsWith(".json")) {
            return BatchCommand.InputFormat.json;
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
}
