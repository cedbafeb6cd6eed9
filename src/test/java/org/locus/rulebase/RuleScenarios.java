package org.locus.rulebase;

import org.locus.diagnosis.Diagnostician;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.reasoning.Conclusion;
import org.locus.reasoning.Reasoning;
import org.locus.reasoning.Status;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The rule scenarios of {@code src/test/resources/rule-scenarios/<drl file name>.yaml}, and what each claims about
 * a rule base. {@link RuleScenariosTest} runs them on the project's rules; the mutation check runs the same checks on
 * every broken variant of them, so both read the scenarios the same way:
 *
 * <pre>
 * - rule: "Location: declining industrial"
 *   fires:  {industrial-decline: true, economic-growth: 2}
 *   silent:                      # near misses of fires: one map, or a list of them
 *     - {industrial-decline: false, economic-growth: 2}
 *     - {industrial-decline: true, economic-growth: 3}
 *   also:                        # further firing scenarios, each with near misses of its own (optional)
 *     - fires:  {industrial-decline: true, economic-growth: 1}
 * </pre>
 *
 * In a firing scenario the rule's conclusion is established (provisional for a rule marked {@code @provisional}); in
 * a near miss the rule supports nothing at all. A near miss changes exactly one answer of its firing scenario, so that
 * it shows which condition keeps the rule out; at a numeric threshold the firing scenario sits on the threshold and a
 * near miss one step beyond (a boundary pair). A rule with {@code @confirmedBy} also has a {@code provisional}
 * scenario: its other conditions hold, a confirming question is unanswered, and its conclusion is provisional.
 */
public final class RuleScenarios {

    public static final Path FOLDER = Path.of("src/test/resources/rule-scenarios");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A firing scenario and its near misses. */
    public record Firing(JsonNode fires, List<JsonNode> nearMisses) {
        public Firing {
            nearMisses = List.copyOf(nearMisses);
        }
    }

    /** One rule's scenarios; the first firing is the entry's own {@code fires} and {@code silent}. */
    public record Scenario(String file, String rule, List<Firing> firings, JsonNode provisional) {
        public Scenario {
            firings = List.copyOf(firings);
        }
    }

    /** What a check expects of the rule on its answers. */
    public enum Expectation {
        FIRES("fires"), SILENT("stays silent"), PROVISIONAL("is provisional");

        private final String words;

        Expectation(String words) {
            this.words = words;
        }
    }

    /** One claim of a scenario: the rule fires, stays silent or is provisional on these answers. */
    public record Check(Scenario scenario, Expectation expectation, JsonNode answers) {

        public String name() {
            return scenario.rule() + " " + expectation.words + " on " + answers;
        }

        /** Why the claim fails on the rule base; empty when it holds. */
        public Optional<String> failure(RuleBase ruleBase, Diagnostician diagnostician) {
            Optional<RuleBase.Rule> found = ruleBase.rule(scenario.rule());
            if (found.isEmpty()) {
                return Optional.of(scenario.file() + " names rule '" + scenario.rule() + "', which does not exist");
            }
            RuleBase.Rule rule = found.get();
            if (expectation == Expectation.PROVISIONAL && answers.isMissingNode()) {
                return Optional.of(scenario.rule() + " has @confirmedBy and needs a provisional scenario");
            }
            Reasoning reasoning = diagnostician.reason(read(ruleBase, answers));
            Set<Status> statuses = supports(reasoning, rule);
            Set<Status> expected = switch (expectation) {
                case FIRES -> Set.of(rule.info().isProvisional() ? Status.PROVISIONAL : Status.ESTABLISHED);
                case SILENT -> Set.of();
                case PROVISIONAL -> Set.of(Status.PROVISIONAL);
            };
            if (!statuses.equals(expected)) {
                return Optional.of(name() + ": the conclusion stands " + (statuses.isEmpty() ? "nowhere"
                        : statuses) + ", expected " + (expected.isEmpty() ? "nothing" : expected));
            }
            if (expectation == Expectation.PROVISIONAL) {
                Set<String> awaited = awaited(reasoning, rule);
                if (awaited.isEmpty() || !rule.info().confirmedBy().containsAll(awaited)) {
                    return Optional.of(name() + ": it awaits " + awaited + ", expected some of "
                            + rule.info().confirmedBy());
                }
            }
            return Optional.empty();
        }
    }

    private final List<Scenario> scenarios;

    private RuleScenarios(List<Scenario> scenarios) {
        this.scenarios = List.copyOf(scenarios);
    }

    /** The project's scenarios. */
    public static RuleScenarios read() {
        return read(FOLDER);
    }

    public static RuleScenarios read(Path folder) {
        List<Scenario> scenarios = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode node : YAML.readTree(file.toFile())) {
                    scenarios.add(scenario(file.getFileName().toString(), node));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleScenarios(scenarios);
    }

    private static Scenario scenario(String file, JsonNode node) {
        List<Firing> firings = new ArrayList<>();
        firings.add(firing(node));
        for (JsonNode also : node.path("also")) {
            firings.add(firing(also));
        }
        return new Scenario(file, node.path("rule").asString(), firings, node.path("provisional"));
    }

    private static Firing firing(JsonNode node) {
        JsonNode silent = node.path("silent");
        List<JsonNode> nearMisses = new ArrayList<>();
        if (silent.isArray()) {
            silent.forEach(nearMisses::add);
        } else if (!silent.isMissingNode()) {
            nearMisses.add(silent);
        }
        return new Firing(node.path("fires"), nearMisses);
    }

    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** Every claim, scenario by scenario: its firings, its near misses, its provisional case where the rule has one. */
    public List<Check> checks(RuleBase ruleBase) {
        List<Check> checks = new ArrayList<>();
        for (Scenario s : scenarios) {
            for (Firing firing : s.firings()) {
                checks.add(new Check(s, Expectation.FIRES, firing.fires()));
                firing.nearMisses().forEach(n -> checks.add(new Check(s, Expectation.SILENT, n)));
            }
            boolean confirmed = ruleBase.rule(s.rule()).map(r -> !r.info().confirmedBy().isEmpty()).orElse(false);
            if (confirmed) {
                checks.add(new Check(s, Expectation.PROVISIONAL, s.provisional()));
            }
        }
        return checks;
    }

    /**
     * Where the scenarios break their own format: a rule without a firing scenario or a near miss, an empty near
     * miss, a near miss that changes no answer or more than one, or that leaves an answer out. Adding an answer that
     * the firing scenario leaves unknown counts as changing one.
     */
    public List<String> formatProblems() {
        List<String> problems = new ArrayList<>();
        for (Scenario s : scenarios) {
            String where = s.file() + ", rule '" + s.rule() + "'";
            for (int f = 0; f < s.firings().size(); f++) {
                Firing firing = s.firings().get(f);
                String which = f == 0 ? "" : " (further firing scenario " + f + ")";
                if (!firing.fires().isObject() || firing.fires().isEmpty()) {
                    problems.add(where + which + ": the firing scenario is missing or empty");
                    continue;
                }
                if (f == 0 && firing.nearMisses().isEmpty()) {
                    problems.add(where + ": no near miss (silent)");
                }
                for (JsonNode nearMiss : firing.nearMisses()) {
                    nearMissProblem(firing.fires(), nearMiss).ifPresent(p -> problems.add(where + which
                            + ": the near miss " + nearMiss + " " + p));
                }
            }
        }
        return problems;
    }

    private static Optional<String> nearMissProblem(JsonNode fires, JsonNode nearMiss) {
        if (!nearMiss.isObject() || nearMiss.isEmpty()) {
            return Optional.of("is empty");
        }
        Set<String> removed = new TreeSet<>();
        Set<String> changed = new TreeSet<>();
        for (Iterator<String> names = fires.propertyNames().iterator(); names.hasNext(); ) {
            String question = names.next();
            if (!nearMiss.has(question)) {
                removed.add(question);
            } else if (!sameAnswer(fires.get(question), nearMiss.get(question))) {
                changed.add(question);
            }
        }
        for (Iterator<String> names = nearMiss.propertyNames().iterator(); names.hasNext(); ) {
            String question = names.next();
            if (!fires.has(question)) {
                changed.add(question);
            }
        }
        if (!removed.isEmpty()) {
            return Optional.of("leaves out " + removed + " (set it to another answer or to unknown instead)");
        }
        if (changed.size() != 1) {
            return Optional.of("changes " + (changed.isEmpty() ? "no answer" : changed.size() + " answers " + changed)
                    + ", where a near miss changes exactly one");
        }
        return Optional.empty();
    }

    /** 3 and 3.0 are the same answer. */
    private static boolean sameAnswer(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static Answers read(RuleBase ruleBase, JsonNode answersNode) {
        return new AnswersReader(ruleBase.questionnaire()).read(YAML.createObjectNode().set("answers", answersNode), "");
    }

    /** The status of every conclusion the rule supports on these answers (one per rule in practice). */
    private static Set<Status> supports(Reasoning reasoning, RuleBase.Rule rule) {
        Set<Status> statuses = new HashSet<>();
        for (Conclusion c : reasoning.conclusions()) {
            if (c.supports().stream().anyMatch(s -> s.rule().equals(rule.name()))) {
                statuses.add(c.status());
            }
        }
        return statuses;
    }

    private static Set<String> awaited(Reasoning reasoning, RuleBase.Rule rule) {
        Set<String> awaited = new HashSet<>();
        reasoning.conclusions().forEach(c -> c.supports().stream()
                .filter(s -> s.rule().equals(rule.name())).forEach(s -> awaited.addAll(s.awaiting())));
        return awaited;
    }
}
