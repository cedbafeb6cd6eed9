package org.locus.mutation;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.cases.CaseLibraryTest;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.Diagnostician;
import org.locus.engine.InterpretedRules;
import org.locus.engine.Mutant;
import org.locus.knowledge.RuleFiles;
import org.locus.knowledge.TextFile;
import org.locus.questionnaire.AnswersReader;
import org.locus.rulebase.Folders;
import org.locus.rulebase.RuleBase;
import org.locus.rulebase.RuleBaseAssembly;
import org.locus.rulebase.RuleScenarios;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mutation check of the rule tests, run only by the {@code mutation} profile ({@code mvn -Pmutation test}; the
 * class name keeps it out of the ordinary build): every mutant of {@code rules/*.drl} against the rule scenarios and
 * the library cases, reported to {@code target/mutation-report.md} and the console. It fails when a mutant survives
 * that is not listed as equivalent. docs/rule-coverage.md describes it; system properties narrow it down:
 * <ul>
 *   <li>{@code -Dmutation.files=planning.drl,social-policy.drl}: mutate these files only;</li>
 *   <li>{@code -Dmutation.threads=2}: how many mutants run at once;</li>
 *   <li>{@code -Dmutation.failOnSurvivors=false}: report survivors without failing.</li>
 * </ul>
 */
class RuleMutationCheck {

    private static final Path REPORT = Path.of("target/mutation-report.md");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final RuleFiles rules = new RuleFiles("rules", Folders.fromDirectory(Path.of("rules")));

    /**
     * The mutants are built without the executable model; that build must reach the same diagnoses as the real one on
     * every scenario and case, or the check would measure some other rule base than the one that ships.
     */
    @Test
    void theInterpretedBuildDiagnosesTheRulesAsTheExecutableModelDoes() {
        Assumptions.assumeTrue(InterpretedRules.available(), "drools-mvel is not on the class path: run with -Pmutation");
        RuleBase real = TestRuleBase.get();
        RuleBase interpreted = RuleBaseAssembly.assemble(rules, real, InterpretedRules.compile(rules.drlFiles()));
        Diagnostician realDiagnostician = new Diagnostician(real);
        Diagnostician interpretedDiagnostician = new Diagnostician(interpreted);
        List<String> differences = new ArrayList<>();
        AnswersReader reader = new AnswersReader(real.questionnaire());
        for (RuleScenarios.Check check : RuleScenarios.read().checks(real)) {
            if (check.answers().isMissingNode()) {
                continue;
            }
            var answers = reader.read(YAML.createObjectNode().set("answers", check.answers()), "");
            if (!realDiagnostician.diagnose(answers).equals(interpretedDiagnostician.diagnose(answers))) {
                differences.add(check.name());
            }
        }
        for (LibraryCase c : CaseLibraryTest.teachingCases().toList()) {
            if (!realDiagnostician.diagnose(c.answers()).equals(interpretedDiagnostician.diagnose(c.answers()))) {
                differences.add("case " + c.file());
            }
        }
        assertThat(differences).as("answers the two builds diagnose differently").isEmpty();
    }

    @Test
    void noMutantOfTheRulesSurvivesTheRuleTests() throws IOException {
        Assumptions.assumeTrue(InterpretedRules.available(), "drools-mvel is not on the class path: run with -Pmutation");
        Set<String> files = selectedFiles();
        MutationRun run = new MutationRun(rules, TestRuleBase.get(), RuleScenarios.read(),
                CaseLibraryTest.teachingCases().toList(), InterpretedRules::compile);
        assertThat(run.baselineFailure()).as("the rule tests on the unmutated rules, as the mutants are built")
                .isEmpty();
        long start = System.nanoTime();
        Predicate<Mutant> selection = m -> files.contains(m.file());
        List<MutationRun.Result> results = run.run(selection, Integer.getInteger("mutation.threads", 2));
        List<String> problems = run.mutatorProblems().stream()
                .filter(p -> files.contains(p.substring(0, p.indexOf(':')))).toList();
        String scope = files.equals(allFiles()) ? "every rule file" : String.join(", ", files);
        MutationReport report = new MutationReport(results, EquivalentMutants.read(EquivalentMutants.FILE), problems,
                scope, (System.nanoTime() - start) / 1_000_000_000L);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report.markdown(files));
        report.consoleLines(files).forEach(System.out::println);
        System.out.println("Report: " + REPORT.toAbsolutePath());

        assertThat(report.listProblems(files)).as("entries of " + EquivalentMutants.FILE + " to fix").isEmpty();
        if (Boolean.parseBoolean(System.getProperty("mutation.failOnSurvivors", "true"))) {
            assertThat(report.survivors().stream().map(r -> r.mutant().file() + ":" + r.mutant().line() + ": rule \""
                    + r.mutant().rule() + "\": " + r.mutant().description()).toList())
                    .as("mutants no rule test kills (see " + REPORT + ")").isEmpty();
        }
    }

    private Set<String> selectedFiles() {
        String asked = System.getProperty("mutation.files", "").strip();
        if (asked.isEmpty()) {
            return allFiles();
        }
        Set<String> files = new LinkedHashSet<>(Arrays.stream(asked.split(",")).map(String::strip).toList());
        assertThat(allFiles()).as("rule files named in -Dmutation.files").containsAll(files);
        return files;
    }

    private Set<String> allFiles() {
        Set<String> files = new LinkedHashSet<>();
        rules.drlFiles().stream().map(TextFile::path).forEach(files::add);
        return files;
    }
}
