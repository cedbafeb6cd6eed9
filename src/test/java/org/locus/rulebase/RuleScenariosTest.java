package org.locus.rulebase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.locus.TestRuleBase;
import org.locus.reasoning.Conclusion;
import org.locus.reasoning.Reasoning;
import org.locus.reasoning.Status;
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
 * condition keeps the rule out. In {@code fires} the rule's conclusion is established (for a rule marked
 * {@code @provisional}, which concludes from missing information, it fires provisionally); in {@code silent} the rule
 * supports nothing at all, not even provisionally. A rule with {@code @confirmedBy} also has a {@code provisional}
 * scenario: its other conditions hold, a confirming question is unanswered, and its conclusion is provisional, awaiting
 * that question.
 */
class RuleScenariosTest {

    private static final Path SCENARIOS = Path.of("src/test/resources/rule-scenarios");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    record Scenario(String file, String rule, JsonNode fires, JsonNode silent, JsonNode provisional) {
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFiresInItsScenarioAndStaysSilentInItsNearMiss() throws IOException {
        return scenarios().stream().flatMap(s -> {
            RuleBase.Rule rule = TestRuleBase.get().rule(s.rule()).orElseThrow();
            Stream<DynamicTest> tests = Stream.of(
                    DynamicTest.dynamicTest(s.rule() + " fires", () -> assertThat(supports(s.fires(), rule))
                            .as("how the conclusion of %s stands on %s", s.rule(), s.fires())
                            .containsExactly(rule.info().isProvisional() ? Status.PROVISIONAL : Status.ESTABLISHED)),
                    DynamicTest.dynamicTest(s.rule() + " stays silent", () -> assertThat(supports(s.silent(), rule))
                            .as("%s supports nothing on %s", s.rule(), s.silent()).isEmpty()));
            if (!rule.info().confirmedBy().isEmpty()) {
                tests = Stream.concat(tests, Stream.of(DynamicTest.dynamicTest(s.rule() + " is provisional", () -> {
                    assertThat(s.provisional().isMissingNode()).as("%s has @confirmedBy and needs a provisional scenario",
                            s.rule()).isFalse();
                    assertThat(supports(s.provisional(), rule)).as("how the conclusion of %s stands on %s", s.rule(),
                            s.provisional()).containsExactly(Status.PROVISIONAL);
                    assertThat(awaited(s.provisional(), rule)).as("what %s awaits on %s", s.rule(), s.provisional())
                            .isNotEmpty().isSubsetOf(rule.info().confirmedBy());
                })));
            }
            return tests;
        });
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

    /** The status of every conclusion the rule supports on these answers (one per rule in practice). */
    private static Set<Status> supports(JsonNode answersNode, RuleBase.Rule rule) {
        Set<Status> statuses = new HashSet<>();
        for (Conclusion c : reason(answersNode).conclusions()) {
            if (c.supports().stream().anyMatch(s -> s.rule().equals(rule.name()))) {
                statuses.add(c.status());
            }
        }
        return statuses;
    }

    private static Set<String> awaited(JsonNode answersNode, RuleBase.Rule rule) {
        Set<String> awaited = new HashSet<>();
        reason(answersNode).conclusions().forEach(c -> c.supports().stream()
                .filter(s -> s.rule().equals(rule.name())).forEach(s -> awaited.addAll(s.awaiting())));
        return awaited;
    }

    private static Reasoning reason(JsonNode answersNode) {
        Answers answers = new AnswersReader(TestRuleBase.get().questionnaire())
                .read(YAML.createObjectNode().set("answers", answersNode), "");
        return TestRuleBase.diagnostician().reason(answers);
    }

    private static List<Scenario> scenarios() throws IOException {
        List<Scenario> scenarios = new ArrayList<>();
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode node : YAML.readTree(file.toFile())) {
                    scenarios.add(new Scenario(file.getFileName().toString(), node.path("rule").asString(),
                            node.path("fires"), node.path("silent"), node.path("provisional")));
                }
            }
        }
        return scenarios;
    }
}
