package org.locus.analysis;

import org.locus.knowledge.Answer;
import org.locus.knowledge.RuleShape;
import org.locus.questionnaire.AnswerText;
import org.locus.questionnaire.AnswerType;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Questionnaire;
import org.locus.rulebase.RuleBase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The answers worth trying for each question: every other value a person could give, grouped so that values the rules
 * cannot tell apart are tried once. Yes-no and choice questions offer each of their values. Scale and number questions
 * are cut at every threshold the rules compare them with ({@code number >= 4}): all values between two cuts give the
 * same facts to the rules, so one stands for the group, the one nearest the current answer (or the middle of the
 * range when there is none), and its text says which others would do the same.
 */
final class Alternatives {

    /** One answer to try; {@code answer} is null for don't-know. */
    record Alternative(Question question, Answer answer, String text) {

        boolean isDontKnow() {
            return answer == null;
        }
    }

    /** Values of a scale or number question that the rules cannot tell apart; contiguous when no other value lies between. */
    private record ValueGroup(List<Double> values, List<Boolean> signature, boolean contiguous) {
    }

    static final String DONT_KNOW = "don't know";

    private final Questionnaire questionnaire;
    private final Map<String, List<RuleShape.NumberTest>> numberTests = new HashMap<>();
    private final Map<String, List<ValueGroup>> groups = new HashMap<>();

    Alternatives(RuleBase ruleBase) {
        this.questionnaire = ruleBase.questionnaire();
        for (RuleBase.Rule rule : ruleBase.rules()) {
            for (RuleShape.AnswerTest test : rule.shape().answerTests()) {
                numberTests.computeIfAbsent(test.question(), q -> new ArrayList<>()).addAll(test.numbers());
            }
        }
        for (Question question : ruleBase.questionnaire().questions()) {
            if (question.type() == AnswerType.SCALE || question.type() == AnswerType.NUMBER) {
                groups.put(question.id(), groups(question));
            }
        }
    }

    /**
     * Every answer other than the current one, don't-know included when the question is answered; none for a
     * question that does not apply to these answers, which no analysis may ask.
     */
    List<Alternative> of(Question question, Answers answers) {
        if (!questionnaire.applies(question, answers)) {
            return List.of();
        }
        Answer current = answers.get(question.id()).orElse(null);
        List<Alternative> alternatives = new ArrayList<>();
        if (current != null) {
            alternatives.add(new Alternative(question, null, DONT_KNOW));
        }
        switch (question.type()) {
            case YES_NO -> {
                for (boolean yes : new boolean[] {true, false}) {
                    add(alternatives, question, current, Answer.yesNo(question.id(), yes), "");
                }
            }
            case CHOICE -> question.options().forEach(option ->
                    add(alternatives, question, current, Answer.choice(question.id(), option.id()), ""));
            case SCALE, NUMBER -> {
                double anchor = current != null ? current.getNumber() : (question.lowest() + question.highest()) / 2;
                List<Boolean> currentSignature = current == null ? null : signature(question.id(), current.getNumber());
                for (ValueGroup group : groups.get(question.id())) {
                    if (group.signature().equals(currentSignature)) {
                        continue;
                    }
                    double nearest = group.values().stream()
                            .min(Comparator.comparingDouble((Double v) -> Math.abs(v - anchor)).thenComparingDouble(v -> v))
                            .orElseThrow();
                    add(alternatives, question, current, Answer.number(question.id(), nearest), sameEffect(question, group, nearest));
                }
            }
        }
        return alternatives;
    }

    private static void add(List<Alternative> alternatives, Question question, Answer current, Answer answer, String note) {
        if (!answer.equals(current)) {
            alternatives.add(new Alternative(question, answer, AnswerText.of(question, answer) + note));
        }
    }

    /**
     * Candidate values: the ends of the range, every threshold, a step either side of it, and the midpoints between;
     * grouped by which of the rules' comparisons they pass.
     */
    private List<ValueGroup> groups(Question question) {
        List<RuleShape.NumberTest> tests = numberTests.getOrDefault(question.id(), List.of());
        double low = question.lowest();
        double high = question.highest();
        TreeSet<Double> points = new TreeSet<>(List.of(low, high));
        for (RuleShape.NumberTest test : tests) {
            for (double point : new double[] {test.threshold() - 1, test.threshold(), test.threshold() + 1}) {
                if (point >= low && point <= high) {
                    points.add(point);
                }
            }
        }
        List<Double> sorted = new ArrayList<>(points);
        for (int i = 0; i + 1 < sorted.size(); i++) {
            double middle = Math.floor((sorted.get(i) + sorted.get(i + 1)) / 2);
            if (middle > sorted.get(i)) {
                points.add(middle);
            }
        }
        if (question.type() == AnswerType.SCALE) {
            points.clear();
            for (int value = Question.SCALE_MIN; value <= Question.SCALE_MAX; value++) {
                points.add((double) value);
            }
        }
        List<Double> all = new ArrayList<>(points);
        Map<List<Boolean>, List<Double>> bySignature = new LinkedHashMap<>();
        for (double point : all) {
            bySignature.computeIfAbsent(signature(question.id(), point), s -> new ArrayList<>()).add(point);
        }
        List<ValueGroup> groups = new ArrayList<>();
        bySignature.forEach((signature, values) -> groups.add(new ValueGroup(List.copyOf(values), signature,
                all.indexOf(values.get(values.size() - 1)) - all.indexOf(values.get(0)) == values.size() - 1)));
        return List.copyOf(groups);
    }

    private List<Boolean> signature(String question, double value) {
        return numberTests.getOrDefault(question, List.of()).stream().map(test -> test.holds(value)).toList();
    }

    private static String sameEffect(Question question, ValueGroup group, double chosen) {
        if (group.values().size() == 1) {
            return "";
        }
        String unit = question.type() == AnswerType.NUMBER ? " " + question.unit() : "";
        double from = group.values().get(0);
        double to = group.values().get(group.values().size() - 1);
        if (!group.contiguous()) {
            return " (so would " + String.join(", ", group.values().stream().filter(v -> v != chosen)
                    .map(Alternatives::number).toList()) + unit + ")";
        }
        return " (any value from " + number(from) + " to " + number(to) + unit + " does the same)";
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
