package org.locus.rulebase;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.locus.TestRuleBase;
import org.locus.diagnosis.Diagnostician;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule has a scenario where it fires and near misses where it must stay silent, written in
 * {@code src/test/resources/rule-scenarios/<drl file name>.yaml} ({@link RuleScenarios} describes the format):
 *
 * <pre>
 * - rule: "Location: declining industrial"
 *   fires:  {industrial-decline: true, economic-growth: 2}
 *   silent: {industrial-decline: true, economic-growth: 3}
 * </pre>
 *
 * A near miss changes exactly one answer of its firing scenario, so that it shows which condition keeps the rule out.
 * How strong these scenarios are is measured by the mutation check ({@code mvn -Pmutation test},
 * docs/rule-coverage.md): a rule broken on purpose should fail at least one of them.
 */
class RuleScenariosTest {

    @TestFactory
    Stream<DynamicTest> everyRuleFiresInItsScenarioAndStaysSilentInItsNearMiss() {
        RuleBase ruleBase = TestRuleBase.get();
        Diagnostician diagnostician = TestRuleBase.diagnostician();
        return RuleScenarios.read().checks(ruleBase).stream().map(check -> DynamicTest.dynamicTest(check.name(),
                () -> assertThat(check.failure(ruleBase, diagnostician)).isEmpty()));
    }

    @Test
    void everyNearMissChangesExactlyOneAnswerOfItsFiringScenario() {
        assertThat(RuleScenarios.read().formatProblems()).isEmpty();
    }

    @Test
    void everyRuleHasExactlyOneScenarioInTheFileNamedAfterItsDrl() {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (RuleScenarios.Scenario s : RuleScenarios.read().scenarios()) {
            if (!seen.add(s.rule())) {
                problems.add("two scenarios for rule '" + s.rule() + "'");
            }
            TestRuleBase.get().rule(s.rule()).ifPresentOrElse(rule -> {
                String expectedFile = rule.info().file().replace(".drl", ".yaml");
                if (!s.file().equals(expectedFile)) {
                    problems.add("rule '" + s.rule() + "' belongs in " + expectedFile + ", not " + s.file());
                }
            }, () -> problems.add(s.file() + " names rule '" + s.rule() + "', which does not exist"));
        }
        for (RuleBase.Rule rule : TestRuleBase.get().rules()) {
            if (!seen.contains(rule.name())) {
                problems.add("rule '" + rule.name() + "' (" + rule.info().file() + ") has no scenario");
            }
        }
        assertThat(problems).isEmpty();
    }
}
