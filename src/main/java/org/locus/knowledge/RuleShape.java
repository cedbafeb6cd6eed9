package org.locus.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule reads and what it derives, flattened from its {@link Condition} tree for the checks that need only the
 * list of what it tests: the consistency check, the rule listing, the alternative answers of the analyses. Whatever
 * needs the structure (which conditions must hold together) reads the tree.
 *
 * @param questions the question ids the conditions test, whether or not under {@code not}
 * @param findings  the finding ids the conditions test
 * @param situations the situation aspects the conditions test
 * @param derives   the facts the consequence inserts
 * @param findingTests the conditions on findings, each with whether it stands under {@code not}
 * @param disjunctive whether the conditions use {@code or}, so that not every test has to hold for the rule to fire
 */
public record RuleShape(Set<String> questions, Set<String> findings, Set<String> situations,
                        List<Derived> derives, List<AnswerTest> answerTests, List<SituationTest> situationTests,
                        List<FindingTest> findingTests, boolean disjunctive) {

    /** A fact the rule derives: kind is situation, finding or evidence. */
    public record Derived(String kind, String id, String value, String basis, int weight) {
    }

    /**
     * A condition on one answer: the question and the literal values it names ({@code value == "yes"}), which the
     * answer must not take when {@code excluded} ({@code value != "no"}, {@code not in}); the comparisons its number
     * must meet ({@code number >= 4}); {@code negated} when the pattern stands under {@code not}.
     */
    public record AnswerTest(String question, List<String> literals, boolean excluded, List<NumberTest> numbers,
                             boolean negated) {
    }

    /** A comparison of an answer's number with a constant: operator is one of {@code < <= > >= == !=}. */
    public record NumberTest(String operator, double threshold) {

        public boolean holds(double number) {
            return switch (operator) {
                case "<" -> number < threshold;
                case "<=" -> number <= threshold;
                case ">" -> number > threshold;
                case ">=" -> number >= threshold;
                case "==" -> number == threshold;
                default -> number != threshold;
            };
        }
    }

    /** A condition on a situation aspect and the values it names; {@code excluded} and {@code negated} as for answers. */
    public record SituationTest(String aspect, List<String> values, boolean excluded, boolean negated) {
    }

    /** A condition on a finding: the ids it names, and whether it stands under {@code not}. */
    public record FindingTest(List<String> ids, boolean negated) {
    }

    private static final Pattern NEW_FACT = Pattern.compile("new\\s+(Situation|Finding|Evidence)\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern INTEGER = Pattern.compile("(-?\\d+)\\s*$");

    /** The shape of a rule from its conditions as the parser read them and the code of its consequence. */
    public static RuleShape of(Condition when, String consequence) {
        Set<Condition.Test> negated = Collections.newSetFromMap(new IdentityHashMap<>());
        when.negatedTests().forEach(negated::add);
        Set<String> questions = new LinkedHashSet<>();
        Set<String> situations = new LinkedHashSet<>();
        Set<String> findings = new LinkedHashSet<>();
        List<AnswerTest> answerTests = new ArrayList<>();
        List<SituationTest> situationTests = new ArrayList<>();
        List<FindingTest> findingTests = new ArrayList<>();
        when.tests().forEach(test -> {
            boolean underNot = negated.contains(test);
            switch (test.kind()) {
                case ANSWER -> {
                    questions.addAll(test.identifiers());
                    List<NumberTest> numbers = test.numberComparisons().stream()
                            .map(c -> new NumberTest(c.operator(), c.threshold())).toList();
                    test.identifiers().forEach(q -> answerTests.add(new AnswerTest(q, test.literals(),
                            test.excludesLiterals(), numbers, underNot)));
                }
                case SITUATION -> {
                    situations.addAll(test.identifiers());
                    test.identifiers().forEach(a -> situationTests.add(new SituationTest(a, test.literals(),
                            test.excludesLiterals(), underNot)));
                }
                case FINDING -> {
                    findings.addAll(test.identifiers());
                    findingTests.add(new FindingTest(test.identifiers(), underNot));
                }
            }
        });
        List<Derived> derives = new ArrayList<>();
        for (Matcher m = NEW_FACT.matcher(consequence); m.find(); ) {
            List<String> args = quoted(m.group(2));
            switch (m.group(1)) {
                case "Situation" -> derives.add(new Derived("situation", arg(args, 0), arg(args, 1), null, 0));
                case "Finding" -> derives.add(new Derived("finding", arg(args, 0), null, null, 0));
                default -> {
                    Matcher weight = INTEGER.matcher(m.group(2));
                    derives.add(new Derived("evidence", arg(args, 0), null, arg(args, 1),
                            weight.find() ? Integer.parseInt(weight.group(1)) : 0));
                }
            }
        }
        return new RuleShape(questions, findings, situations, derives, answerTests, situationTests,
                findingTests, when.hasAlternatives());
    }

    private static String arg(List<String> args, int index) {
        return index < args.size() ? args.get(index) : null;
    }

    private static List<String> quoted(String text) {
        List<String> values = new ArrayList<>();
        for (Matcher m = QUOTED.matcher(text); m.find(); ) {
            values.add(m.group(1));
        }
        return values;
    }

    /** The layer of inference the rule belongs to, by what it derives. */
    public String layer() {
        return derives.isEmpty() ? "none" : derives.get(0).kind().equals("evidence") ? "recommendation" : derives.get(0).kind();
    }
}
