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

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Diagnoses a region from an answers document ({\"answers\": {...}}, or a case file) "
                + "and prints the ranked recommendations with their explanations; with --explain, also why not, what if, "
                + "which question to answer next and how robust the top three are.")
final class DiagnoseCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(paramLabel = "FILE", description = "the answers document (UTF-8, at most 16 MB); - reads standard input")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json (the result document)")
    Format format;

    @Option(names = "--explain", description = "add the analysis: why not, what if, which question next and how "
            + "robust the top three are (takes longer: the rules are rerun on every other answer to every question)")
    boolean explain;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // a file that is not a JSON answers document is turned away before the rules are loaded
        JsonNode document = JsonDocument.parse(Inputs.read(file), AnswersReader.SHAPE);
        Locus locus = knowledge.loadRules();
        Answers answers = locus.answersReader().read(document, "");
        DiagnosisDocument result = explain ? locus.analyst().analyse(answers) : locus.diagnostician().diagnose(answers);
        String output = format == Format.json
                ? new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result)
                : new MarkdownReport(locus.ruleBase()).render(result);
        spec.commandLine().getOut().println(output);
        return 0;
    }
}
