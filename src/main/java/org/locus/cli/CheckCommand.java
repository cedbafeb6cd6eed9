package org.locus.cli;

import org.locus.Locus;
import org.locus.knowledge.KnowledgeBaseException;
import org.locus.rulebase.Folders;
import org.locus.rulebase.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "For rule authors: loads a rules folder as the server would (questionnaire, catalogue, every "
                + "rule file compiled, the consistency check) and prints every problem, one a line, as "
                + "FILE:LINE: what is wrong. Exits 0 when there is none, 3 when there are problems, 2 when the "
                + "folder cannot be read.",
        footer = "Problems of the files themselves (YAML, rule syntax, compile errors) come first; the consistency "
                + "check runs on a folder that has none of them.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "the rules folder (default: ./rules if it exists, else the rules packaged in the jar)")
    Path directory;

    @Option(names = "--cases", paramLabel = "DIR", description = "also check the case files of this folder against "
            + "the rules")
    Path cases;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path rules = directory != null ? directory : Files.isDirectory(Path.of("rules")) ? Path.of("rules") : null;
        for (Path folder : new Path[] {rules, cases}) {
            if (folder != null && !Files.isDirectory(folder)) {
                throw new InputException(folder + ": no such folder");
            }
        }
        String name = rules == null ? "the packaged rules" : rules.toString();
        PrintWriter out = spec.commandLine().getOut();
        try {
            RuleBase ruleBase = RuleBase.load(rules);
            String caseCount = "";
            if (cases != null) {
                caseCount = ", " + Locus.of(ruleBase, Folders.fromDirectory(cases)).cases().cases().size() + " cases";
            }
            out.println(name + ": no problems (" + ruleBase.rules().size() + " rules, "
                    + ruleBase.questionnaire().questions().size() + " questions" + caseCount + "; version "
                    + ruleBase.version() + ")");
            return 0;
        } catch (KnowledgeBaseException e) {
            List<String> problems = e.problems();
            problems.forEach(out::println);
            out.println(name + ": " + (problems.size() == 1 ? "1 problem" : problems.size() + " problems"));
            return LocusCli.EXIT_BAD_KNOWLEDGE_BASE;
        }
    }
}
