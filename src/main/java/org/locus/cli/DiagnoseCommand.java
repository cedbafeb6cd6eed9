package org.locus.cli;

import tools.jackson.databind.ObjectMapper;
import org.locus.analysis.Analyst;
import org.locus.diagnosis.DiagnosisDocument;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.report.MarkdownReport;
import org.locus.rulebase.RuleBase;
import org.locus.diagnosis.Diagnostician;
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

    @Parameters(paramLabel = "FILE", description = "the answers document; - reads standard input")
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
        String document = Inputs.read(file);
        RuleBase ruleBase = knowledge.loadRuleBase();
        Answers answers = new AnswersReader(ruleBase.questionnaire()).read(document);
        Diagnostician diagnostician = new Diagnostician(ruleBase);
        DiagnosisDocument result = explain ? new Analyst(diagnostician).analyse(answers) : diagnostician.diagnose(answers);
        String output = format == Format.json
                ? new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result)
                : new MarkdownReport(ruleBase).render(result);
        spec.commandLine().getOut().println(output);
        return 0;
    }
}
