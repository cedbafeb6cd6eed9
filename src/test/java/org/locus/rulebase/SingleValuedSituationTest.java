package org.locus.rulebase;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.locus.TestRuleBase;
import org.locus.knowledge.Answer;
import org.locus.knowledge.Situation;
import org.locus.questionnaire.AnswerType;
import org.locus.questionnaire.Question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local economic development aspects of the situation (type of location, binding failure, cluster phase) each
 * take one value at most, so their rules must exclude each other for every combination of answers, don't-know
 * included. The test tries every combination that can make a difference: each yes-no and choice answer, one number
 * from each interval between the thresholds the rules compare against, and, for a situation the rules read, one
 * answer set for each value it can take.
 */
class SingleValuedSituationTest {

    private static final Pattern NUMBER_TEST = Pattern.compile(
            "Answer\\s*\\(\\s*question\\s*==\\s*\"([^\"]+)\"\\s*,\\s*number\\s*(<=|>=|<|>|==|!=)\\s*(-?[0-9.]+)\\s*\\)");

    @TestFactory
    Stream<DynamicTest> noCombinationOfAnswersGivesASingleValuedAspectTwoValues() {
        return Stream.of("location-type", "binding-failure", "cluster-phase").map(aspect ->
                DynamicTest.dynamicTest(aspect, () -> {
                    assertThat(TestRuleBase.get().catalogue().situation(aspect)).hasValueSatisfying(
                            a -> assertThat(a.multiValued()).as("%s is single-valued", aspect).isFalse());
                    List<String> clashes = new ArrayList<>();
                    outcomes(aspect).forEach((answers, values) -> {
                        if (values.size() > 1) {
                            clashes.add(answers + " -> " + values);
                        }
                    });
                    assertThat(clashes).as("answers giving %s two values", aspect).isEmpty();
                }));
    }

    private static final Map<String, Map<List<Answer>, List<String>>> OUTCOMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The values the aspect takes for each combination of answers, computed once per aspect. */
    private static Map<List<Answer>, List<String>> outcomes(String aspect) {
        Map<List<Answer>, List<String>> known = OUTCOMES.get(aspect);
        if (known == null) {
            known = new LinkedHashMap<>();
            for (List<Answer> answers : combinations(aspect)) {
                known.put(answers, values(aspect, answers));
            }
            OUTCOMES.put(aspect, known);
        }
        return known;
    }

    /** Every combination of answers that can make a difference to the rules deriving the aspect. */
    private static List<List<Answer>> combinations(String aspect) {
        List<RuleBase.Rule> rules = TestRuleBase.get().rules().stream()
                .filter(r -> r.shape().derives().stream().anyMatch(d -> d.kind().equals("situation") && d.id().equals(aspect)))
                .toList();
        Set<String> direct = new LinkedHashSet<>();
        Set<String> readAspects = new LinkedHashSet<>();
        rules.forEach(r -> {
            direct.addAll(r.shape().questions());
            readAspects.addAll(r.shape().situations());
        });
        readAspects.remove(aspect);
        List<List<Answer>> combinations = List.of(List.of());
        for (String other : readAspects) {
            List<List<Answer>> representatives = representatives(other);
            representatives.stream().flatMap(List::stream).filter(a -> direct.contains(a.getQuestion())).findAny()
                    .ifPresent(a -> {
                        throw new AssertionError(aspect + " reads question " + a.getQuestion() + " both directly and through "
                                + other + "; enumerate them together before relying on this test");
                    });
            combinations = cross(combinations, representatives);
        }
        for (String questionId : direct) {
            Question question = TestRuleBase.get().questionnaire().question(questionId).orElseThrow();
            List<List<Answer>> options = new ArrayList<>();
            options.add(List.of());
            possibleAnswers(question, rules).forEach(a -> options.add(List.of(a)));
            combinations = cross(combinations, options);
        }
        return combinations;
    }

    /** One answer set for each distinct set of values the aspect can take (none included). */
    private static List<List<Answer>> representatives(String aspect) {
        Map<List<String>, List<Answer>> byOutcome = new LinkedHashMap<>();
        outcomes(aspect).forEach((answers, values) -> byOutcome.putIfAbsent(values, answers));
        return List.copyOf(byOutcome.values());
    }

    private static List<String> values(String aspect, List<Answer> answers) {
        return TestRuleBase.get().engine().infer(answers).factsOf(Situation.class).stream()
                .filter(s -> s.getAspect().equals(aspect)).map(Situation::getValue).distinct().sorted().toList();
    }

    private static List<List<Answer>> cross(List<List<Answer>> left, List<List<Answer>> right) {
        List<List<Answer>> result = new ArrayList<>();
        for (List<Answer> l : left) {
            for (List<Answer> r : right) {
                List<Answer> both = new ArrayList<>(l);
                both.addAll(r);
                result.add(both);
            }
        }
        return result;
    }

    /** The answers a question can take that the rules can tell apart. */
    private static List<Answer> possibleAnswers(Question question, List<RuleBase.Rule> rules) {
        List<Answer> answers = new ArrayList<>();
        switch (question.type()) {
            case YES_NO -> {
                answers.add(Answer.yesNo(question.id(), true));
                answers.add(Answer.yesNo(question.id(), false));
            }
            case CHOICE -> question.options().forEach(o -> answers.add(Answer.choice(question.id(), o.id())));
            case SCALE, NUMBER -> numbersTellingThresholdsApart(question, rules)
                    .forEach(n -> answers.add(Answer.number(question.id(), n)));
        }
        return answers;
    }

    /** One number for each way the rules' comparisons on the question can come out together. */
    private static List<Double> numbersTellingThresholdsApart(Question question, List<RuleBase.Rule> rules) {
        List<Comparison> comparisons = new ArrayList<>();
        for (RuleBase.Rule rule : rules) {
            for (Matcher m = NUMBER_TEST.matcher(rule.info().source()); m.find(); ) {
                if (m.group(1).equals(question.id())) {
                    comparisons.add(new Comparison(m.group(2), Double.parseDouble(m.group(3))));
                }
            }
        }
        Set<Double> candidates = new TreeSet<>(List.of(question.lowest(), question.highest()));
        for (Comparison c : comparisons) {
            for (double n : new double[]{c.threshold() - 1, c.threshold() - 0.5, c.threshold(), c.threshold() + 0.5, c.threshold() + 1}) {
                boolean whole = question.type() != AnswerType.SCALE || n == Math.rint(n);
                if (whole && n >= question.lowest() && n <= question.highest()) {
                    candidates.add(n);
                }
            }
        }
        Map<List<Boolean>, Double> bySignature = new LinkedHashMap<>();
        for (double n : candidates) {
            bySignature.putIfAbsent(comparisons.stream().map(c -> c.holdsFor(n)).toList(), n);
        }
        return List.copyOf(bySignature.values());
    }

    private record Comparison(String operator, double threshold) {
        boolean holdsFor(double n) {
            return switch (operator) {
                case "<=" -> n <= threshold;
                case ">=" -> n >= threshold;
                case "<" -> n < threshold;
                case ">" -> n > threshold;
                case "==" -> n == threshold;
                default -> n != threshold;
            };
        }
    }
}
