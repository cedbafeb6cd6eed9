package org.locus.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule reads and what it derives, read off its source text. Locus's rules follow one small set of patterns
 * (see {@code docs/knowledge-base.md}), which is what makes this static reading reliable enough for the consistency
 * check, the rule listing and the why-not analysis.
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

    private static final Pattern ANSWER = Pattern.compile("Answer\\s*\\(([^)]*)\\)");
    private static final Pattern QUESTION = Pattern.compile("question\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern VALUE_LITERALS = Pattern.compile("value\\s*(==|!=|not in|in)\\s*\\(?((?:\\s*\"[^\"]*\"\\s*,?)+)\\)?");
    private static final Pattern NUMBER_TEST = Pattern.compile("number\\s*(>=|<=|==|!=|>|<)\\s*(-?\\d+(?:\\.\\d+)?)");
    private static final Pattern NEGATION_BEFORE = Pattern.compile("\\bnot\\s*\\(?\\s*$");
    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
    private static final Pattern DISJUNCTION = Pattern.compile("\\bor\\b|\\|\\|");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern SITUATION = Pattern.compile("Situation\\s*\\(([^)]*)\\)");
    private static final Pattern ASPECT = Pattern.compile("aspect\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern FINDING = Pattern.compile("Finding\\s*\\(([^)]*)\\)");
    private static final Pattern ID = Pattern.compile("id\\s*(?:==|in)\\s*\\(?((?:\\s*\"[^\"]*\"\\s*,?)+)\\)?");
    private static final Pattern NEW_FACT = Pattern.compile("new\\s+(Situation|Finding|Evidence)\\s*\\(([^)]*)\\)");
    private static final Pattern INTEGER = Pattern.compile("(-?\\d+)\\s*$");

    public static RuleShape of(String source) {
        int then = source.lastIndexOf("then");
        String conditions = then < 0 ? source : source.substring(0, then);
        String consequence = then < 0 ? "" : source.substring(then);

        Set<String> questions = new LinkedHashSet<>();
        List<AnswerTest> answerTests = new ArrayList<>();
        for (Matcher m = ANSWER.matcher(conditions); m.find(); ) {
            Matcher q = QUESTION.matcher(m.group(1));
            if (q.find()) {
                questions.add(q.group(1));
                Matcher v = VALUE_LITERALS.matcher(m.group(1));
                boolean literal = v.find();
                List<NumberTest> numbers = new ArrayList<>();
                for (Matcher n = NUMBER_TEST.matcher(m.group(1)); n.find(); ) {
                    numbers.add(new NumberTest(n.group(1), Double.parseDouble(n.group(2))));
                }
                answerTests.add(new AnswerTest(q.group(1), literal ? quoted(v.group(2)) : List.of(),
                        literal && excludes(v.group(1)), List.copyOf(numbers), negated(conditions, m.start())));
            }
        }
        Set<String> situations = new LinkedHashSet<>();
        List<SituationTest> situationTests = new ArrayList<>();
        for (Matcher m = SITUATION.matcher(conditions); m.find(); ) {
            Matcher a = ASPECT.matcher(m.group(1));
            if (a.find()) {
                situations.add(a.group(1));
                Matcher v = VALUE_LITERALS.matcher(m.group(1));
                boolean literal = v.find();
                situationTests.add(new SituationTest(a.group(1), literal ? quoted(v.group(2)) : List.of(),
                        literal && excludes(v.group(1)), negated(conditions, m.start())));
            }
        }
        Set<String> findings = new LinkedHashSet<>();
        List<FindingTest> findingTests = new ArrayList<>();
        for (Matcher m = FINDING.matcher(conditions); m.find(); ) {
            Matcher id = ID.matcher(m.group(1));
            if (id.find()) {
                findings.addAll(quoted(id.group(1)));
                findingTests.add(new FindingTest(quoted(id.group(1)), negated(conditions, m.start())));
            }
        }
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
                findingTests, DISJUNCTION.matcher(withoutStrings(conditions)).find());
    }

    private static boolean excludes(String operator) {
        return operator.equals("!=") || operator.equals("not in");
    }

    private static boolean negated(String conditions, int patternStart) {
        return NEGATION_BEFORE.matcher(conditions.substring(0, patternStart)).find();
    }

    /** The conditions after {@code when}, without string literals, so that "or" in an id or a description is no keyword. */
    private static String withoutStrings(String conditions) {
        String code = QUOTED.matcher(conditions).replaceAll("\"\"").replaceAll("//[^\n]*", "");
        Matcher when = WHEN.matcher(code);
        return when.find() ? code.substring(when.end()) : code;
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
