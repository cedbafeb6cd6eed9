package org.locus.rulebase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.locus.TestRuleBase;
import org.locus.engine.Inference;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule has a scenario where it fires and one where it must stay silent, written in
 * {@code src/test/resources/rule-scenarios/<drl file name>.yaml}:
 *
 * <pre>
 * - rule: "Location: declining industrial"
 *   fires:  {industrial-decline: true, economic-growth: 1}
 *   silent: {industrial-decline: true, economic-growth: 3}
 * </pre>
 *
 * The silent scenario should be a near miss of the firing one (one answer changed or unknown), so that it shows which
 * condition keeps the rule out.
 */
class RuleScenariosTest {

    private static final Path SCENARIOS = Path.of("src/test/resources/rule-scenarios");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    record Scenario(String file, String rule, JsonNode fires, JsonNode silent) {
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFiresInItsScenarioAndStaysSilentInItsNearMiss() throws IOException {
        return scenarios().stream().flatMap(s -> Stream.of(
                DynamicTest.dynamicTest(s.rule() + " fires", () ->
                        assertThat(firedRules(s.fires())).as("rules fired by %s", s.fires()).contains(s.rule())),
                DynamicTest.dynamicTest(s.rule() + " stays silent", () ->
                        assertThat(firedRules(s.silent())).as("rules fired by %s", s.silent()).doesNotContain(s.rule()))));
    }

    @Test
    void everyRuleHasExactlyOneScenarioInTheFileNamedAfterItsDrl() throws IOException {
        List<Scenario> scenarios = scenarios();
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Scenario s : scenarios) {
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

    private static Set<String> firedRules(JsonNode answersNode) {
        Answers answers = new AnswersReader(TestRuleBase.get().questionnaire())
                .read(YAML.createObjectNode().set("answers", answersNode), "");
        Set<String> fired = new HashSet<>();
        for (Inference.Derivation derivation : TestRuleBase.get().engine().infer(answers.facts()).derivations()) {
            derivation.justifications().forEach(j -> fired.add(j.rule()));
        }
        return fired;
    }

    private static List<Scenario> scenarios() throws IOException {
        List<Scenario> scenarios = new ArrayList<>();
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode node : YAML.readTree(file.toFile())) {
                    scenarios.add(new Scenario(file.getFileName().toString(), node.path("rule").asString(),
                            node.path("fires"), node.path("silent")));
                }
            }
        }
        return scenarios;
    }
}
