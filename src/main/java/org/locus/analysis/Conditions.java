package org.locus.analysis;

import org.locus.reasoning.Conclusion;
import org.locus.reasoning.Reasoning;
import org.locus.knowledge.Answer;
import org.locus.knowledge.Catalogue;
import org.locus.knowledge.Finding;
import org.locus.knowledge.Condition;
import org.locus.knowledge.RuleShape;
import org.locus.knowledge.Situation;
import org.locus.questionnaire.AnswerText;
import org.locus.questionnaire.AnswerType;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads why a rule did not fire for one region: its conditions ({@link Condition}, as the parser read them) held against the answers
 * and the facts the engine derived from them. A missing situation or finding is followed to the rules that could
 * derive it, a few levels deep, so an adviser sees the chain down to the answers.
 */
final class Conditions {

    /** Deep enough for answers → situation → situation → finding → evidence, the longest chains the rules use. */
    private static final int MAX_DEPTH = 4;

    private final RuleBase ruleBase;
    private final Answers answers;
    private final Map<String, Set<String>> situations = new HashMap<>();
    private final Set<String> findings = new HashSet<>();
    private final Set<String> fired = new HashSet<>();

    /** Over the conclusions of one region, provisional ones included: a rule with a provisional match has fired. */
    Conditions(RuleBase ruleBase, Answers answers, Reasoning reasoning) {
        this.ruleBase = ruleBase;
        this.answers = answers;
        for (Conclusion conclusion : reasoning.conclusions()) {
            if (conclusion.fact() instanceof Situation s) {
                situations.computeIfAbsent(s.getAspect(), a -> new LinkedHashSet<>()).add(s.getValue());
            } else if (conclusion.fact() instanceof Finding f) {
                findings.add(f.getId());
            }
            conclusion.supports().forEach(support -> fired.add(support.rule()));
        }
    }

    boolean fired(String rule) {
        return fired.contains(rule);
    }

    /** The conditions of a rule that are not met, each explained. */
    WhyNot.RuleCheck check(RuleBase.Rule rule) {
        return check(rule, 0, new HashSet<>());
    }

    private WhyNot.RuleCheck check(RuleBase.Rule rule, int depth, Set<String> visiting) {
        visiting.add(rule.name());
        Condition when = rule.info().when();
        List<WhyNot.Obstacle> obstacles = when instanceof Condition.Any any
                ? any.parts().stream().flatMap(part -> obstacles(part, rule, depth, visiting).stream()).toList()
                : obstacles(when, rule, depth, visiting);
        if (obstacles.isEmpty()) {
            obstacles = List.of(new WhyNot.Obstacle("unread", "The rule's conditions are met by the answers given; "
                    + "it did not fire for another reason (see its source in " + rule.info().file() + ").",
                    null, rule.info().section(), List.of(), List.of()));
        }
        visiting.remove(rule.name());
        return new WhyNot.RuleCheck(rule.name(), rule.info().description(), rule.info().section(),
                List.copyOf(obstacles), when instanceof Condition.Any);
    }

    /**
     * What keeps a condition from holding: nothing when it holds; for an {@code and}, what keeps each of its parts;
     * for an {@code or}, one obstacle listing what each alternative lacks, any one of which would do.
     */
    private List<WhyNot.Obstacle> obstacles(Condition condition, RuleBase.Rule rule, int depth, Set<String> visiting) {
        if (holds(condition)) {
            return List.of();
        }
        return switch (condition) {
            case Condition.All all -> all.parts().stream()
                    .flatMap(p -> obstacles(p, rule, depth, visiting).stream()).toList();
            case Condition.Any any -> List.of(new WhyNot.Obstacle("none-of", "None of these holds; any one would do.",
                    null, rule.info().section(), List.of(),
                    any.parts().stream().flatMap(p -> obstacles(p, rule, depth, visiting).stream()).toList()));
            case Condition.Exists exists -> obstacles(exists.part(), rule, depth, visiting);
            case Condition.Not not -> not.negated().tests().map(test -> rulingOut(test)).flatMap(Optional::stream).toList();
            case Condition.Test test -> missing(test, depth, visiting).stream().toList();
        };
    }

    /** Whether a condition holds against the answers given and the facts derived from them, as the engine reads it. */
    boolean holds(Condition condition) {
        return switch (condition) {
            case Condition.All all -> all.parts().stream().allMatch(this::holds);
            case Condition.Any any -> any.parts().stream().anyMatch(this::holds);
            case Condition.Exists exists -> holds(exists.part());
            case Condition.Not not -> !holds(not.negated());
            case Condition.Test test -> switch (test.kind()) {
                case ANSWER -> test.identifiers().stream().map(answers::get).flatMap(Optional::stream).anyMatch(test::matches);
                case SITUATION -> test.identifiers().stream().anyMatch(aspect -> situations.getOrDefault(aspect, Set.of())
                        .stream().anyMatch(value -> test.matches(new Situation(aspect, value))));
                case FINDING -> test.identifiers().stream().anyMatch(findings::contains);
            };
        };
    }

    private Optional<WhyNot.Obstacle> missing(Condition.Test test, int depth, Set<String> visiting) {
        return switch (test.kind()) {
            case ANSWER -> answerObstacle(answerTest(test, false));
            case SITUATION -> situationObstacle(new RuleShape.SituationTest(test.identifier(), test.literals(),
                    test.excludesLiterals(), false), depth, visiting);
            case FINDING -> findingObstacle(new RuleShape.FindingTest(test.identifiers(), false), depth, visiting);
        };
    }

    private Optional<WhyNot.Obstacle> rulingOut(Condition.Test test) {
        return switch (test.kind()) {
            case ANSWER -> answerObstacle(answerTest(test, true));
            case SITUATION -> situationObstacle(new RuleShape.SituationTest(test.identifier(), test.literals(),
                    test.excludesLiterals(), true), 0, Set.of());
            case FINDING -> findingObstacle(new RuleShape.FindingTest(test.identifiers(), true), 0, Set.of());
        };
    }

    private static RuleShape.AnswerTest answerTest(Condition.Test test, boolean negated) {
        return new RuleShape.AnswerTest(test.identifier(), test.literals(), test.excludesLiterals(),
                test.numberComparisons().stream().map(c -> new RuleShape.NumberTest(c.operator(), c.threshold())).toList(),
                negated);
    }

    private Optional<WhyNot.Obstacle> answerObstacle(RuleShape.AnswerTest test) {
        Question question = ruleBase.questionnaire().require(test.question());
        Answer answer = answers.get(test.question()).orElse(null);
        boolean matches = answer != null && matches(test, answer);
        if (test.negated()) {
            return matches ? Optional.of(new WhyNot.Obstacle("answer-rules-out", quote(question)
                    + " is answered " + AnswerText.of(question, answer) + ", which rules this out.",
                    question.id(), question.section(), List.of(), List.of())) : Optional.empty();
        }
        if (matches) {
            return Optional.empty();
        }
        String needs = "; the rule needs " + needed(question, test) + ".";
        return Optional.of(answer == null
                ? new WhyNot.Obstacle("unanswered", quote(question) + " is answered don't know" + needs,
                        question.id(), question.section(), List.of(), List.of())
                : new WhyNot.Obstacle("answered-otherwise", quote(question) + " is answered "
                        + AnswerText.of(question, answer) + needs, question.id(), question.section(), List.of(), List.of()));
    }

    /**
     * The answer tests a rule fails when its situation and finding conditions all hold, so that answers alone keep it
     * from firing; empty when something else is missing too, or when the rule has alternatives.
     */
    Optional<List<RuleShape.AnswerTest>> unmetAnswerTestsOnly(RuleBase.Rule rule) {
        RuleShape shape = rule.shape();
        if (shape.disjunctive() || !shape.situationTests().stream().allMatch(this::holds)
                || !shape.findingTests().stream().allMatch(this::holds)) {
            return Optional.empty();
        }
        return Optional.of(shape.answerTests().stream()
                .filter(test -> !satisfiedBy(test, answers.get(test.question()).orElse(null))).toList());
    }

    /** Whether an answer (null for don't-know) meets a condition, {@code not} included. */
    static boolean satisfiedBy(RuleShape.AnswerTest test, Answer answer) {
        boolean matches = answer != null && matches(test, answer);
        return matches != test.negated();
    }

    private boolean holds(RuleShape.SituationTest test) {
        Set<String> present = situations.getOrDefault(test.aspect(), Set.of());
        boolean matches = present.stream().anyMatch(value ->
                test.values().isEmpty() || test.values().contains(value) != test.excluded());
        return matches != test.negated();
    }

    private boolean holds(RuleShape.FindingTest test) {
        return test.ids().stream().anyMatch(findings::contains) != test.negated();
    }

    static boolean matches(RuleShape.AnswerTest test, Answer answer) {
        if (!test.literals().isEmpty() && test.literals().contains(answer.getValue()) == test.excluded()) {
            return false;
        }
        for (RuleShape.NumberTest number : test.numbers()) {
            if (answer.getNumber() == null || !number.holds(answer.getNumber())) {
                return false;
            }
        }
        return true;
    }

    private static String needed(Question question, RuleShape.AnswerTest test) {
        List<String> parts = new ArrayList<>();
        if (!test.literals().isEmpty()) {
            String values = test.literals().stream().map(literal -> literalText(question, literal))
                    .collect(Collectors.joining(" or "));
            parts.add(test.excluded() ? "any answer but " + values : values);
        }
        String unit = question.type() == AnswerType.SCALE ? " of 5" : question.type() == AnswerType.NUMBER ? " " + question.unit() : "";
        for (RuleShape.NumberTest number : test.numbers()) {
            String value = Alternatives.number(number.threshold()) + unit;
            parts.add(switch (number.operator()) {
                case ">=" -> "at least " + value;
                case "<=" -> "at most " + value;
                case ">" -> "more than " + value;
                case "<" -> "less than " + value;
                case "==" -> "exactly " + value;
                default -> "anything but " + value;
            });
        }
        return parts.isEmpty() ? "an answer" : String.join(" and ", parts);
    }

    private static String literalText(Question question, String literal) {
        return question.type() == AnswerType.CHOICE
                ? "\"" + question.option(literal).map(Question.Option::label).orElse(literal) + "\""
                : literal;
    }

    private Optional<WhyNot.Obstacle> situationObstacle(RuleShape.SituationTest test, int depth, Set<String> visiting) {
        Catalogue.SituationAspect aspect = ruleBase.catalogue().situation(test.aspect()).orElseThrow();
        Set<String> present = situations.getOrDefault(test.aspect(), Set.of());
        Set<String> wanted = new LinkedHashSet<>();
        for (Catalogue.SituationValue value : aspect.values()) {
            if (test.values().isEmpty() || test.values().contains(value.id()) != test.excluded()) {
                wanted.add(value.id());
            }
        }
        boolean matches = present.stream().anyMatch(wanted::contains);
        String is = aspect.title() + ": " + (present.isEmpty() ? "not determined"
                : present.stream().map(v -> "\"" + label(aspect, v) + "\"").collect(Collectors.joining(", ")));
        if (test.negated()) {
            return matches ? Optional.of(new WhyNot.Obstacle("situation-rules-out", is
                    + ", which rules this out.", null, aspect.section(), List.of(), List.of())) : Optional.empty();
        }
        if (matches) {
            return Optional.empty();
        }
        List<WhyNot.RuleCheck> routes = routes(derived -> derived.kind().equals("situation")
                && derived.id().equals(test.aspect()) && wanted.contains(derived.value()), depth, visiting);
        return Optional.of(new WhyNot.Obstacle("situation-missing", is + "; the rule needs "
                + wanted.stream().map(v -> "\"" + label(aspect, v) + "\"").collect(Collectors.joining(" or ")) + ".",
                null, aspect.section(), routes, List.of()));
    }

    private Optional<WhyNot.Obstacle> findingObstacle(RuleShape.FindingTest test, int depth, Set<String> visiting) {
        boolean matches = test.ids().stream().anyMatch(findings::contains);
        String titles = test.ids().stream().map(id -> "\"" + ruleBase.catalogue().finding(id)
                .map(Catalogue.FindingEntry::title).orElse(id) + "\"").collect(Collectors.joining(" or "));
        String section = ruleBase.catalogue().finding(test.ids().get(0)).map(Catalogue.FindingEntry::section).orElse(null);
        if (test.negated()) {
            return matches ? Optional.of(new WhyNot.Obstacle("finding-rules-out", "The finding " + titles
                    + " holds, which rules this out.", null, section, List.of(), List.of())) : Optional.empty();
        }
        if (matches) {
            return Optional.empty();
        }
        List<WhyNot.RuleCheck> routes = routes(derived -> derived.kind().equals("finding")
                && test.ids().contains(derived.id()), depth, visiting);
        return Optional.of(new WhyNot.Obstacle("finding-missing", "The finding " + titles
                + " is not made.", null, section, routes, List.of()));
    }

    private List<WhyNot.RuleCheck> routes(Predicate<RuleShape.Derived> derives, int depth, Set<String> visiting) {
        if (depth >= MAX_DEPTH) {
            return List.of();
        }
        List<WhyNot.RuleCheck> routes = new ArrayList<>();
        for (RuleBase.Rule rule : ruleBase.rules()) {
            if (!visiting.contains(rule.name()) && rule.shape().derives().stream().anyMatch(derives)) {
                routes.add(check(rule, depth + 1, visiting));
            }
        }
        return List.copyOf(routes);
    }

    private static String label(Catalogue.SituationAspect aspect, String value) {
        return aspect.value(value).map(Catalogue.SituationValue::label).orElse(value);
    }

    private static String quote(Question question) {
        return "\"" + question.text() + "\"";
    }
}
