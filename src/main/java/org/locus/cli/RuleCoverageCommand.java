package org.locus.cli;

import org.locus.Locus;
import org.locus.cases.RuleCoverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "rule-coverage", mixinStandardHelpOptions = true,
        description = "Writes which rules the case library fires, as Markdown (default docs/rule-coverage.md).")
final class RuleCoverageCommand implements Callable<Integer> {

    @Option(names = "--cases", paramLabel = "DIR", description = "the case folder (default: ./cases if it exists, else the packaged cases)")
    Path cases;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/rule-coverage.md",
            description = "where to write the report; - prints it (default: ${DEFAULT-VALUE})")
    Path out;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Locus locus = knowledge.load(CaseFolder.resolve(cases));
        RuleCoverage coverage = new RuleCoverage(locus.ruleBase(), locus.cases());
        String report = coverage.toMarkdown();
        if (out.toString().equals("-")) {
            spec.commandLine().getOut().print(report);
        } else {
            try {
                if (out.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(out.toAbsolutePath().getParent());
                }
                Files.writeString(out, report);
            } catch (IOException e) {
                throw new InputException(out + ": cannot write: " + e.getMessage());
            }
            spec.commandLine().getOut().println("wrote " + out + ": " + coverage.unfiredRules().size() + " rules fired by no case");
        }
        return 0;
    }
}
