package org.locus.reasoning;

import org.locus.engine.Inference;
import org.locus.knowledge.Answer;
import org.locus.knowledge.Condition;
import org.locus.knowledge.Evidence;
import org.locus.knowledge.Finding;
import org.locus.knowledge.RuleShape;
import org.locus.knowledge.Situation;
import org.locus.questionnaire.Answers;
import org.locus.rulebase.RuleBase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides how firmly each conclusion stands. Don't-know is never an answer:
 *
 * <ul>
 *   <li>A conclusion the engine derived is <b>established</b> when some rule match supports it that rests only on
 *       answers and established facts, through a rule that does not conclude from missing information. Such rules
 *       test no absence ({@code not}): the consistency check refuses it, so answering more never takes an
 *       established conclusion away.</li>
 *   <li>What a rule marked {@code @provisional} derives (it concludes from missing information, "not clear yet
 *       which failure binds") is <b>provisional</b>, and so is whatever rests on a provisional fact.</li>
 *   <li>A rule whose leading conditions hold while a confirming one is unanswered gives its conclusion as
 *       <b>provisional</b>, naming the questions that would settle it. Confirming conditions are the questions the
 *       rule names in {@code @confirmedBy("q1, q2")} (the chapter's argument presumes them), and, in a rule of
 *       {@value #INDICATORS_FOR_ONE_UNKNOWN} or more conditions, any one other unanswered condition while the rest
 *       hold. Three-valued (Kleene) logic over the rule's condition tree decides this: an answered condition is true
 *       or false, a provisional fact and a confirming unanswered question unknown.</li>
 * </ul>
 */
public final class Reasoner {

    private enum Truth { TRUE, FALSE, UNKNOWN }

    /**
     * A condition's value, the facts that make it so, the questions an unknown value awaits, and how many of its
     * conditions are unknown without the rule naming them as confirming ones.
     */
    private record Value(Truth truth, List<Object> matched, Set<String> awaiting, int unnamedUnknowns) {
        static final Value FALSE = new Value(Truth.FALSE, List.of(), Set.of(), 0);
    }

    /**
     * A rule of at least this many conditions whose conditions all hold but one, unanswered, gives its conclusion
     * provisionally even when it names no confirming question: two or more indicators hold and one is not known.
     */
    static final int INDICATORS_FOR_ONE_UNKNOWN = 3;

    private final RuleBase ruleBase;
    private final Map<String, List<Object>> derivedByRule = new LinkedHashMap<>();
    private final Map<String, Long> conditionCount = new LinkedHashMap<>();

    public Reasoner(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
        ruleBase.rules().forEach(rule -> {
            derivedByRule.put(rule.name(), derivedFacts(rule));
            conditionCount.put(rule.name(), rule.info().when().tests().count());
        });
    }

    public Reasoning reason(Inference inference, Answers answers) {
        Map<Object, Conclusion> conclusions = fromEngine(inference, answers);
        extendByConfirmingQuestions(conclusions, answers);
        return new Reasoning(List.copyOf(conclusions.values()));
    }

    /** The engine's conclusions: established when some support rests only on established facts through a rule that does not conclude from missing information. */
    private Map<Object, Conclusion> fromEngine(Inference inference, Answers answers) {
        Set<Object> established = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Inference.Derivation derivation : inference.derivations()) {
                if (!established.contains(derivation.fact()) && derivation.justifications().stream()
                        .anyMatch(j -> !provisionalRule(j.rule()) && j.matched().stream()
                                .allMatch(m -> m instanceof Answer || established.contains(m)))) {
                    established.add(derivation.fact());
                    changed = true;
                }
            }
        }
        Map<Object, Conclusion> conclusions = new LinkedHashMap<>();
        for (Inference.Derivation derivation : inference.derivations()) {
            List<Support> supports = new ArrayList<>();
            for (Inference.Justification j : derivation.justifications()) {
                supports.add(new Support(j.rule(), j.matched(), provisionalRule(j.rule())
                        ? unansweredAbsences(j.rule(), answers) : Set.of()));
            }
            conclusions.put(derivation.fact(), new Conclusion(derivation.fact(),
                    established.contains(derivation.fact()) ? Status.ESTABLISHED : Status.PROVISIONAL, supports, Set.of()));
        }
        // what settles a provisional conclusion: what its supports await, and what settles the facts they rest on
        changed = true;
        while (changed) {
            changed = false;
            for (Conclusion c : List.copyOf(conclusions.values())) {
                if (c.established()) {
                    continue;
                }
                Set<String> settledBy = new LinkedHashSet<>(c.settledBy());
                for (Support support : c.supports()) {
                    settledBy.addAll(support.awaiting());
                    support.matched().stream().map(conclusions::get).filter(m -> m != null && !m.established())
                            .forEach(m -> settledBy.addAll(m.settledBy()));
                }
                if (!settledBy.equals(c.settledBy())) {
                    conclusions.put(c.fact(), new Conclusion(c.fact(), c.status(), c.supports(), settledBy));
                    changed = true;
                }
            }
        }
        return conclusions;
    }

    /** The questions a rule about missing information tests for absence and that are indeed unanswered. */
    private Set<String> unansweredAbsences(String rule, Answers answers) {
        Set<String> questions = new LinkedHashSet<>();
        ruleBase.rule(rule).ifPresent(r -> r.info().when().negatedTests()
                .filter(t -> t.kind() == Condition.Kind.ANSWER).flatMap(t -> t.identifiers().stream())
                .filter(q -> !answers.isAnswered(q)).forEach(questions::add));
        return questions;
    }

    private boolean provisionalRule(String rule) {
        return ruleBase.rule(rule).map(r -> r.info().isProvisional()).orElse(false);
    }

    /**
     * Adds what rules would conclude if their unknown conditions turned out to hold: the conclusions of rules whose
     * conditions are unknown in three-valued logic, because a confirming question is unanswered or a fact they rest
     * on is provisional. Repeats until nothing changes, since one provisional conclusion can feed another rule.
     */
    private void extendByConfirmingQuestions(Map<Object, Conclusion> conclusions, Answers answers) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (RuleBase.Rule rule : ruleBase.rules()) {
                if (rule.info().isProvisional()) {
                    continue;
                }
                List<Object> derived = derivedByRule.get(rule.name());
                if (derived.stream().allMatch(f -> Optional.ofNullable(conclusions.get(f)).map(Conclusion::established).orElse(false))) {
                    continue;
                }
                Value value = evaluate(rule.info().when(), rule, answers, conclusions);
                if (value.truth() != Truth.UNKNOWN || value.matched().isEmpty() || value.unnamedUnknowns() > 1
                        || value.unnamedUnknowns() == 1 && conditionCount.get(rule.name()) < INDICATORS_FOR_ONE_UNKNOWN) {
                    continue;
                }
                Support support = new Support(rule.name(), value.matched(), value.awaiting());
                for (Object fact : derived) {
                    changed |= addProvisional(conclusions, fact, support, value.awaiting());
                }
            }
        }
    }

    private static boolean addProvisional(Map<Object, Conclusion> conclusions, Object fact, Support support,
                                          Set<String> settledBy) {
        Conclusion existing = conclusions.get(fact);
        if (existing == null) {
            conclusions.put(fact, new Conclusion(fact, Status.PROVISIONAL, List.of(support), settledBy));
            return true;
        }
        if (existing.established() || existing.supports().contains(support)) {
            return false;
        }
        List<Support> supports = new ArrayList<>(existing.supports());
        supports.add(support);
        Set<String> settled = new LinkedHashSet<>(existing.settledBy());
        settled.addAll(settledBy);
        conclusions.put(fact, new Conclusion(fact, Status.PROVISIONAL, supports, settled));
        return true;
    }

    private static List<Object> derivedFacts(RuleBase.Rule rule) {
        List<Object> facts = new ArrayList<>();
        for (RuleShape.Derived d : rule.shape().derives()) {
            switch (d.kind()) {
                case "situation" -> facts.add(new Situation(d.id(), d.value()));
                case "finding" -> facts.add(new Finding(d.id()));
                default -> facts.add(new Evidence(d.id(), d.basis(), d.weight()));
            }
        }
        return facts;
    }

    private Value evaluate(Condition condition, RuleBase.Rule rule, Answers answers, Map<Object, Conclusion> conclusions) {
        return switch (condition) {
            case Condition.All all -> {
                List<Object> matched = new ArrayList<>();
                Set<String> awaiting = new LinkedHashSet<>();
                boolean unknown = false;
                int unnamed = 0;
                for (Condition part : all.parts()) {
                    Value v = evaluate(part, rule, answers, conclusions);
                    if (v.truth() == Truth.FALSE) {
                        yield Value.FALSE;
                    }
                    unknown |= v.truth() == Truth.UNKNOWN;
                    unnamed += v.unnamedUnknowns();
                    matched.addAll(v.matched());
                    awaiting.addAll(v.awaiting());
                }
                yield new Value(unknown ? Truth.UNKNOWN : Truth.TRUE, matched, awaiting, unnamed);
            }
            case Condition.Any any -> {
                List<Object> matched = new ArrayList<>();
                Set<String> awaiting = new LinkedHashSet<>();
                boolean unknown = false;
                int unnamed = Integer.MAX_VALUE;
                for (Condition part : any.parts()) {
                    Value v = evaluate(part, rule, answers, conclusions);
                    if (v.truth() == Truth.TRUE) {
                        yield v;
                    }
                    if (v.truth() == Truth.UNKNOWN) {
                        unknown = true;
                        unnamed = Math.min(unnamed, v.unnamedUnknowns());
                        matched.addAll(v.matched());
                        awaiting.addAll(v.awaiting());
                    }
                }
                yield unknown ? new Value(Truth.UNKNOWN, matched, awaiting, unnamed) : Value.FALSE;
            }
            case Condition.Exists exists -> evaluate(exists.part(), rule, answers, conclusions);
            case Condition.Not not -> {
                Value v = evaluate(not.negated(), rule, answers, conclusions);
                yield switch (v.truth()) {
                    case TRUE -> Value.FALSE;
                    case FALSE -> new Value(Truth.TRUE, List.of(), Set.of(), 0);
                    case UNKNOWN -> new Value(Truth.UNKNOWN, List.of(), v.awaiting(), v.unnamedUnknowns());
                };
            }
            case Condition.Test test -> test(test, rule, answers, conclusions);
        };
    }

    private static Value test(Condition.Test test, RuleBase.Rule rule, Answers answers, Map<Object, Conclusion> conclusions) {
        if (test.kind() == Condition.Kind.ANSWER) {
            Set<String> awaiting = new LinkedHashSet<>();
            int unnamed = 0;
            for (String question : test.identifiers()) {
                Optional<Answer> answer = answers.get(question);
                if (answer.isPresent() && test.matches(answer.get())) {
                    return new Value(Truth.TRUE, List.of(answer.get()), Set.of(), 0);
                }
                if (answer.isEmpty()) {
                    awaiting.add(question);
                    unnamed = rule.info().confirmedBy().contains(question) ? 0 : 1;
                }
            }
            return awaiting.isEmpty() ? Value.FALSE : new Value(Truth.UNKNOWN, List.of(), awaiting, unnamed);
        }
        Conclusion provisional = null;
        for (Conclusion c : conclusions.values()) {
            if (test.matches(c.fact())) {
                if (c.established()) {
                    return new Value(Truth.TRUE, List.of(c.fact()), Set.of(), 0);
                }
                provisional = provisional == null ? c : provisional;
            }
        }
        return provisional == null ? Value.FALSE
                : new Value(Truth.UNKNOWN, List.of(provisional.fact()), provisional.settledBy(), 0);
    }
}
