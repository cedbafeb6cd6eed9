package org.locus.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.locus.Locus;
import org.locus.diagnosis.DiagnosisDocument;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.JsonDocument;
import org.locus.report.MarkdownReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.locus.report.PdfBrief;
import org.locus.report.Subject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Diagnoses a region from an answers document ({\"answers\": {...}}, or a case file) "
                + "and prints the ranked recommendations with their explanations; with --explain, also why not, what if, "
                + "which question to answer next and how robust the top three are.")
final class DiagnoseCommand implements Callable<Integer> {

    enum Format { text, json, pdf }

    @Parameters(paramLabel = "FILE", description = "the answers document (UTF-8, at most 16 MB); - reads standard input")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text (default, the Markdown report), json (the "
            + "result document) or pdf (the brief for a decision maker, always with the analysis; needs --output)")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to this file instead of standard output")
    Path output;

    @Option(names = "--region", description = "the region's name for the report or brief (default: the file's "
            + "'place', as a case file has)")
    String region;

    @Option(names = "--period", description = "the period the answers describe (default: the file's 'period')")
    String period;

    @Option(names = "--explain", description = "add the analysis: why not, what if, which question next and how "
            + "robust the top three are (takes longer: the rules are rerun on every other answer to every question)")
    boolean explain;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (format == Format.pdf && output == null) {
            throw new InputException("--format pdf writes a binary file: name it with --output FILE");
        }
        // a file that is not a JSON answers document is turned away before the rules are loaded
        JsonNode document = JsonDocument.parse(Inputs.read(file), AnswersReader.SHAPE);
        Locus locus = knowledge.loadRules();
        Answers answers = locus.answersReader().read(document, "");
        boolean analysed = explain || format == Format.pdf;
        DiagnosisDocument result = analysed ? locus.analyst().analyse(answers) : locus.diagnostician().diagnose(answers);
        Subject subject = new Subject(region != null ? region : text(document, "place"),
                period != null ? period : text(document, "period"));
        byte[] bytes = switch (format) {
            case json -> (new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            case text -> (new MarkdownReport(locus.ruleBase()).render(result, subject, Instant.now()) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            case pdf -> new PdfBrief(locus.ruleBase()).render(result, subject, Instant.now());
        };
        if (output == null) {
            spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            write(bytes);
        }
        return 0;
    }

    /** A case file names its place and period at the top level; an adviser's answers document may too. */
    private static String text(JsonNode document, String field) {
        JsonNode value = document.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private void write(byte[] bytes) {
        try {
            Files.write(output, bytes);
        } catch (IOException e) {
            throw new InputException(output + ": cannot write: " + e.getMessage());
        }
    }
}
