package org.locus.mutation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locus.TestRuleBase;
import org.locus.engine.DroolsInferenceEngine;
import org.locus.engine.InferenceEngine;
import org.locus.engine.InterpretedRules;
import org.locus.engine.Mutant;
import org.locus.knowledge.Condition;
import org.locus.knowledge.RuleFiles;
import org.locus.knowledge.TextFile;
import org.locus.questionnaire.AnswerType;
import org.locus.questionnaire.Question;
import org.locus.rulebase.Folders;
import org.locus.rulebase.RuleBase;
import org.locus.rulebase.RuleScenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mutation check reports a mutant its tests miss and not one they catch. It runs on one rule of the real rules,
 * picked for its shape (one scale answer against one threshold, beside answers it reads for one value), with a scenario written here that fires on the
 * threshold and misses far beyond it: moving the threshold towards the near miss goes unnoticed, moving it away from
 * the firing answer does not.
 */
class MutationRunTest {

    private final RuleFiles rules = new RuleFiles("rules", Folders.fromDirectory(Path.of("rules")));

    /** A rule on one scale answer with {@code <=} or {@code >=} and room on the scale beyond the threshold. */
    private record Pick(RuleBase.Rule rule, String question, String operator, int threshold, int far, String fixed) {
    }

    @Test
    void reportsTheSurvivorWithItsPlaceAndNotTheKilledMutant(@TempDir Path scenarios) throws IOException {
        Pick pick = pick();
        String yamlFile = pick.rule().info().file().replace(".drl", ".yaml");
        Files.writeString(scenarios.resolve(yamlFile), "- rule: \"" + pick.rule().name() + "\"\n"
                + "  fires: {" + pick.question() + ": " + pick.threshold() + pick.fixed() + "}\n"
                + "  silent: {" + pick.question() + ": " + pick.far() + pick.fixed() + "}\n");
        Function<List<TextFile>, InferenceEngine> compiler = InterpretedRules.available()
                ? InterpretedRules::compile : DroolsInferenceEngine::compile;
        MutationRun run = new MutationRun(rules, TestRuleBase.get(), RuleScenarios.read(scenarios), List.of(), compiler);
        // the scenarios vary the scale answer only: deleting the other condition goes unnoticed, deleting the
        // scale condition makes the near miss fire
        List<MutationRun.Result> results = run.run(m -> m.rule().equals(pick.rule().name())
                && m.operator() == Mutant.Operator.DELETE_CONDITION, 2);

        assertThat(results).hasSize(2);
        MutationRun.Result towardsNearMiss = results.stream()
                .filter(r -> r.outcome() == MutationRun.Outcome.SURVIVED).findFirst().orElseThrow();
        MutationRun.Result awayFromFiring = results.stream().filter(r -> r != towardsNearMiss).findFirst().orElseThrow();
        // killed by the near miss, or refused before it by the check (the deleted comparison was its cut-off's only reader)
        assertThat(awayFromFiring.outcome()).isIn(MutationRun.Outcome.KILLED, MutationRun.Outcome.REJECTED);
        // a threshold moved off the question's declared cut-off never reaches the tests: the consistency check refuses it
        assertThat(run.run(m -> m.rule().equals(pick.rule().name()) && m.operator() == Mutant.Operator.THRESHOLD_UP, 2))
                .extracting(MutationRun.Result::outcome).containsOnly(MutationRun.Outcome.REJECTED);

        Set<String> files = Set.of(pick.rule().info().file());
        MutationReport report = new MutationReport(results, EquivalentMutants.none(), List.of(), "test", 0);
        Mutant survivor = towardsNearMiss.mutant();
        String place = survivor.file() + ":" + survivor.line() + ":" + survivor.column();
        assertThat(survivor.line()).isGreaterThan(pick.rule().info().line());
        assertThat(report.survivors()).containsExactly(towardsNearMiss);
        assertThat(report.markdown(files)).contains("| " + place + " | " + pick.rule().name() + " | "
                + survivor.description().replace("|", "\\|") + " |");
        assertThat(report.consoleLines(files)).anySatisfy(line -> assertThat(line).contains("survived: " + place)
                .contains(pick.rule().name()).contains(survivor.description()));

        EquivalentMutants listed = EquivalentMutants.parse("test", "- file: " + survivor.file() + "\n"
                + "  rule: \"" + survivor.rule() + "\"\n  mutation: '" + survivor.description() + "'\n"
                + "  reason: shown equivalent for this test\n");
        MutationReport withList = new MutationReport(results, listed, List.of(), "test", 0);
        assertThat(withList.survivors()).isEmpty();
        assertThat(withList.equivalent()).containsExactly(towardsNearMiss);
        assertThat(withList.markdown(files)).contains("shown equivalent for this test");
        assertThat(withList.listProblems(files)).isEmpty();
    }

    @Test
    void anEquivalenceWithoutAReasonIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EquivalentMutants.parse("list.yaml",
                        "- file: a.drl\n  rule: R\n  mutation: m\n"))
                .hasMessage("list.yaml: entry 1 has no reason");
    }

    private Pick pick() {
        for (RuleBase.Rule rule : TestRuleBase.get().rules()) {
            if (rule.info().isProvisional() || !rule.info().confirmedBy().isEmpty()) {
                continue;
            }
            List<Condition> parts = rule.info().when() instanceof Condition.All all ? all.parts() : List.of(rule.info().when());
            if (!parts.stream().allMatch(p -> p instanceof Condition.Test t && t.kind() == Condition.Kind.ANSWER)) {
                continue;
            }
            List<Condition.Test> tests = parts.stream().map(Condition.Test.class::cast).toList();
            List<Condition.Test> numbers = tests.stream().filter(t -> t.comparisons().size() == 1
                    && t.comparisons().getFirst().field().equals("number")).toList();
            List<Condition.Test> others = tests.stream().filter(t -> !numbers.contains(t)).toList();
            if (numbers.size() != 1 || others.isEmpty()
                    || others.stream().anyMatch(t -> t.literals().isEmpty() || t.excludesLiterals())) {
                continue;
            }
            Condition.Test test = numbers.getFirst();
            Condition.Comparison c = test.comparisons().getFirst();
            Question question = TestRuleBase.get().questionnaire().question(test.identifier()).orElseThrow();
            int threshold = (int) c.threshold();
            if (question.type() != AnswerType.SCALE || threshold != c.threshold()) {
                continue;
            }
            // the rule's other conditions hold in both scenarios, so only the scale answer tells them apart
            String fixed = String.join("", others.stream().map(t -> ", " + t.identifier() + ": "
                    + yamlValue(t.literals().getFirst())).toList());
            if (c.operator().equals("<=") && threshold + 1 < question.highest()) {
                return new Pick(rule, test.identifier(), "<=", threshold, (int) question.highest(), fixed);
            }
            if (c.operator().equals(">=") && threshold - 1 > question.lowest()) {
                return new Pick(rule, test.identifier(), ">=", threshold, (int) question.lowest(), fixed);
            }
        }
        throw new AssertionError("no rule tests one scale answer against one threshold with room beyond it; "
                + "pick another rule shape for this test");
    }

    private static String yamlValue(String literal) {
        return literal.equals("yes") ? "true" : literal.equals("no") ? "false" : literal;
    }
}
