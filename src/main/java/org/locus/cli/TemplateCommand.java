package org.locus.cli;

import org.locus.Locus;
import org.locus.batch.Template;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Writes the questionnaire as a sheet to fill in for many regions, one a row, that 'batch' reads "
                + "back as it is: the region's id in column A, one column per question (its id on top, then its text "
                + "and the values it takes, in two rows starting with #); an empty cell is don't know. XLSX adds "
                + "drop-down lists and range checks, and a sheet of the questions in full.")
final class TemplateCommand implements Callable<Integer> {

    enum Format { csv, xlsx }

    @Option(names = "--format", description = "csv or xlsx (default: from the --out file's name, else csv)")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "where to write it (default: standard output)")
    Path out;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Format chosen = format != null ? format
                : out != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? Format.xlsx : Format.csv;
        if (chosen == Format.xlsx && out == null && Terminal.isStandardOutput()) {
            throw new InputException("an XLSX workbook is not for a terminal: name a file with --out regions.xlsx");
        }
        Locus locus = knowledge.loadRules();
        Template template = new Template(locus.ruleBase().questionnaire());
        try {
            if (chosen == Format.csv && out == null) {
                Writer stdout = spec.commandLine().getOut();
                template.writeCsv(new java.io.FilterWriter(stdout) {
                    @Override
                    public void close() throws IOException {
                        flush(); // standard output stays open
                    }
                });
                return 0;
            }
            try (OutputStream stream = out == null ? new FileOutputStream(FileDescriptor.out)
                    : Files.newOutputStream(out)) {
                if (chosen == Format.csv) {
                    template.writeCsv(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
                } else {
                    template.writeXlsx(stream);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException((out == null ? "standard output" : out.toString()) + ": cannot write: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        if (out != null) {
            spec.commandLine().getOut().println("wrote " + out + ": " + locus.ruleBase().questionnaire().questions().size()
                    + " questions; fill in a row per region and run: java -jar locus.jar batch " + out);
        }
        return 0;
    }
}
