package org.locus.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A rule's conditions as Locus reads them: the tree the rule parser builds ({@code and}, {@code or}, {@code not},
 * {@code exists} over patterns on answers, situations and findings), not the rule's text. The consistency check, the
 * rule listing, the why-not analysis and the three-valued reasoning all read this one model.
 */
public sealed interface Condition {

    /** Every part holds. */
    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }
    }

    /** At least one part holds. */
    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }
    }

    /** The part does not hold: true in Drools as soon as no matching fact is there, known or not. */
    record Not(Condition negated) implements Condition {
    }

    /** Some fact matches the part; for single patterns the same as the part itself. */
    record Exists(Condition part) implements Condition {
    }

    /** The kinds of fact a pattern can test. */
    enum Kind {
        ANSWER("question"), SITUATION("aspect"), FINDING("id");

        private final String identifyingField;

        Kind(String identifyingField) {
            this.identifyingField = identifyingField;
        }

        /** The field that says which fact it is: a question id, a situation aspect, a finding id. */
        public String identifyingField() {
            return identifyingField;
        }
    }

    /**
     * One pattern, such as {@code Answer(question == "red-tape-burden", number >= 4)}: the kind of fact, the ids it
     * names in its identifying field, and its comparisons on the other fields.
     */
    record Test(Kind kind, List<String> identifiers, List<Comparison> comparisons) implements Condition {
        public Test {
            identifiers = List.copyOf(identifiers);
            comparisons = List.copyOf(comparisons);
        }

        /** The first id the pattern names: for answers the question, for situations the aspect. */
        public String identifier() {
            return identifiers.getFirst();
        }

        public boolean matches(Answer answer) {
            return kind == Kind.ANSWER && identifiers.contains(answer.getQuestion())
                    && comparisons.stream().allMatch(c -> c.holds(answer.getValue(), answer.getNumber()));
        }

        public boolean matches(Situation situation) {
            return kind == Kind.SITUATION && identifiers.contains(situation.getAspect())
                    && comparisons.stream().allMatch(c -> c.holds(situation.getValue(), null));
        }

        public boolean matches(Finding finding) {
            return kind == Kind.FINDING && identifiers.contains(finding.getId())
                    && comparisons.stream().allMatch(c -> c.holds(finding.getId(), null));
        }

        /** Whether the pattern matches a fact of any of the three kinds. */
        public boolean matches(Object fact) {
            return switch (fact) {
                case Answer a -> matches(a);
                case Situation s -> matches(s);
                case Finding f -> matches(f);
                default -> false;
            };
        }

        /** The literal values it names for the value field ({@code value == "yes"}, {@code value in (...)}). */
        public List<String> literals() {
            return comparisons.stream().filter(c -> c.field().equals("value")).flatMap(c -> c.operands().stream())
                    .toList();
        }

        /** Whether its literals are values the fact must not take ({@code !=}, {@code not in}). */
        public boolean excludesLiterals() {
            return comparisons.stream().anyMatch(c -> c.field().equals("value") && c.excludes());
        }

        public List<Comparison> numberComparisons() {
            return comparisons.stream().filter(c -> c.field().equals("number")).toList();
        }
    }

    /**
     * A comparison of one field with literals: {@code value == "yes"}, {@code value in ("a", "b")},
     * {@code number >= 4}. Operators: {@code == != in not-in < <= > >=}.
     */
    record Comparison(String field, String operator, List<String> operands) {

        public Comparison {
            Objects.requireNonNull(field);
            Objects.requireNonNull(operator);
            operands = List.copyOf(operands);
        }

        public boolean excludes() {
            return operator.equals("!=") || operator.equals("not in");
        }

        public double threshold() {
            return Double.parseDouble(operands.getFirst());
        }

        /** Whether a fact whose field reads {@code text} (and, for numbers, {@code number}) passes. */
        public boolean holds(String text, Double number) {
            if (field.equals("number")) {
                if (number == null) {
                    return false;
                }
                double threshold = threshold();
                return switch (operator) {
                    case "<" -> number < threshold;
                    case "<=" -> number <= threshold;
                    case ">" -> number > threshold;
                    case ">=" -> number >= threshold;
                    case "==" -> number == threshold;
                    default -> number != threshold;
                };
            }
            boolean named = operands.contains(text);
            return excludes() != named;
        }

        /** As a rule author writes it. */
        public String describe() {
            if (operator.equals("in") || operator.equals("not in")) {
                return field + " " + operator + " (" + String.join(", ", operands.stream().map(o -> "\"" + o + "\"").toList()) + ")";
            }
            return field + " " + operator + " " + (field.equals("number") ? operands.getFirst() : "\"" + operands.getFirst() + "\"");
        }
    }

    /** Every pattern in the tree, in source order. */
    default Stream<Test> tests() {
        return switch (this) {
            case All all -> all.parts().stream().flatMap(Condition::tests);
            case Any any -> any.parts().stream().flatMap(Condition::tests);
            case Not not -> not.negated().tests();
            case Exists exists -> exists.part().tests();
            case Test test -> Stream.of(test);
        };
    }

    /** Every pattern that stands under a {@code not}, however deep. */
    default Stream<Test> negatedTests() {
        return switch (this) {
            case All all -> all.parts().stream().flatMap(Condition::negatedTests);
            case Any any -> any.parts().stream().flatMap(Condition::negatedTests);
            case Not not -> not.negated().tests();
            case Exists exists -> exists.part().negatedTests();
            case Test test -> Stream.empty();
        };
    }

    /** Whether the tree has an {@code or} anywhere. */
    default boolean hasAlternatives() {
        return switch (this) {
            case All all -> all.parts().stream().anyMatch(Condition::hasAlternatives);
            case Any any -> true;
            case Not not -> not.negated().hasAlternatives();
            case Exists exists -> exists.part().hasAlternatives();
            case Test test -> false;
        };
    }
}
