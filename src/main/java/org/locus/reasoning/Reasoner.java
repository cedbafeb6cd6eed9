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
import java.util.HashMap;
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
    /** The rules that can conclude provisionally by three-valued logic: all but those about missing information. */
    private final List<RuleBase.Rule> ordinaryRules;
    /** For each situation aspect and finding, the positions in {@link #ordinaryRules} of the rules that read it. */
    private final Map<String, List<Integer>> readersByKey = new HashMap<>();
    /** For each ordinary rule, the questions it tests and the keys of the facts it reads. */
    private final List<List<String>> questionsByRule = new ArrayList<>();
    private final List<List<String>> keysByRule = new ArrayList<>();
    private final Set<String> provisionalRules;
    /** The lookup keys of every situation and finding pattern, made once rather than in every diagnosis. */
    private final Map<Condition.Test, List<String>> keysByTest = new java.util.IdentityHashMap<>();

    public Reasoner(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
        ruleBase.rules().forEach(rule -> {
            derivedByRule.put(rule.name(), derivedFacts(rule));
            conditionCount.put(rule.name(), rule.info().when().tests().count());
        });
        this.ordinaryRules = ruleBase.rules().stream().filter(r -> !r.info().isProvisional()).toList();
        this.provisionalRules = ruleBase.rules().stream().filter(r -> r.info().isProvisional()).map(RuleBase.Rule::name)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        ruleBase.rules().forEach(rule -> rule.info().when().tests().filter(t -> t.kind() != Condition.Kind.ANSWER)
                .forEach(t -> keysByTest.put(t, t.identifiers().stream()
                        .map(id -> (t.kind() == Condition.Kind.SITUATION ? "S:" : "F:") + id).toList())));
        for (int i = 0; i < ordinaryRules.size(); i++) {
            int position = i;
            Condition when = ordinaryRules.get(i).info().when();
            questionsByRule.add(when.tests().filter(t -> t.kind() == Condition.Kind.ANSWER)
                    .flatMap(t -> t.identifiers().stream()).distinct().toList());
            List<String> keys = when.tests().filter(t -> t.kind() != Condition.Kind.ANSWER)
                    .flatMap(t -> t.identifiers().stream().map(id -> (t.kind() == Condition.Kind.SITUATION ? "S:" : "F:") + id))
                    .distinct().toList();
            keysByRule.add(keys);
            keys.forEach(k -> readersByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(position));
        }
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
        return provisionalRules.contains(rule);
    }

    /**
     * Adds what rules would conclude if their unknown conditions turned out to hold: the conclusions of rules whose
     * conditions are unknown in three-valued logic, because a confirming question is unanswered or a fact they rest
     * on is provisional. A rule is looked at again only when a fact it reads gains a provisional conclusion, until
     * nothing changes, since one provisional conclusion can feed another rule.
     */
    private void extendByConfirmingQuestions(Map<Object, Conclusion> conclusions, Answers answers) {
        Map<String, List<Object>> factsByKey = new HashMap<>();
        conclusions.keySet().forEach(fact -> key(fact).ifPresent(k -> factsByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(fact)));
        boolean[] pending = new boolean[ordinaryRules.size()];
        java.util.Arrays.fill(pending, true);
        boolean again = true;
        while (again) {
            again = false;
            for (int i = 0; i < pending.length; i++) {
                if (!pending[i]) {
                    continue;
                }
                pending[i] = false;
                RuleBase.Rule rule = ordinaryRules.get(i);
                if (!mayBeUnknown(i, answers, conclusions, factsByKey)) {
                    continue;
                }
                Value value = evaluate(rule.info().when(), rule, answers, conclusions, factsByKey);
                if (value.truth() != Truth.UNKNOWN || value.matched().isEmpty() || value.unnamedUnknowns() > 1
                        || value.unnamedUnknowns() == 1 && conditionCount.get(rule.name()) < INDICATORS_FOR_ONE_UNKNOWN) {
                    continue;
                }
                Support support = new Support(rule.name(), value.matched(), value.awaiting());
                for (Object fact : derivedByRule.get(rule.name())) {
                    boolean isNew = !conclusions.containsKey(fact);
                    if (addProvisional(conclusions, fact, support, value.awaiting())) {
                        Optional<String> key = key(fact);
                        if (key.isPresent()) {
                            if (isNew) {
                                factsByKey.computeIfAbsent(key.get(), x -> new ArrayList<>()).add(fact);
                            }
                            for (int reader : readersByKey.getOrDefault(key.get(), List.of())) {
                                pending[reader] = true;
                                again |= reader <= i;
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether three-valued logic can give the rule's conditions an unknown value that adds something: some question
     * it tests is unanswered or some fact it reads is provisional, and not all it derives is established already.
     */
    private boolean mayBeUnknown(int rule, Answers answers, Map<Object, Conclusion> conclusions,
                                 Map<String, List<Object>> factsByKey) {
        boolean open = false;
        for (String question : questionsByRule.get(rule)) {
            if (!answers.isAnswered(question)) {
                open = true;
                break;
            }
        }
        if (!open) {
            for (String key : keysByRule.get(rule)) {
                for (Object fact : factsByKey.getOrDefault(key, List.of())) {
                    if (!conclusions.get(fact).established()) {
                        open = true;
                        break;
                    }
                }
            }
        }
        if (!open) {
            return false;
        }
        for (Object fact : derivedByRule.get(ordinaryRules.get(rule).name())) {
            Conclusion c = conclusions.get(fact);
            if (c == null || !c.established()) {
                return true;
            }
        }
        return false;
    }

    /** What a fact is looked up by: its kind and its aspect or id; none for evidence, which no rule reads. */
    private static Optional<String> key(Object fact) {
        return switch (fact) {
            case Situation s -> Optional.of("S:" + s.getAspect());
            case Finding f -> Optional.of("F:" + f.getId());
            default -> Optional.empty();
        };
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

    private Value evaluate(Condition condition, RuleBase.Rule rule, Answers answers, Map<Object, Conclusion> conclusions,
                           Map<String, List<Object>> factsByKey) {
        return switch (condition) {
            case Condition.All all -> {
                List<Object> matched = new ArrayList<>();
                Set<String> awaiting = new LinkedHashSet<>();
                boolean unknown = false;
                int unnamed = 0;
                for (Condition part : all.parts()) {
                    Value v = evaluate(part, rule, answers, conclusions, factsByKey);
                    if (v.truth() == Truth.FALSE) {
                        yield Value.FALSE;
                    }
                    unknown |= v.truth() == Truth.UNKNOWN;
                    unnamed += v.unnamedUnknowns();
                    if (unnamed > 1) {
                        yield Value.FALSE; // more than one condition unknown with no rule naming it: nothing to say
                    }
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
                    Value v = evaluate(part, rule, answers, conclusions, factsByKey);
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
            case Condition.Exists exists -> evaluate(exists.part(), rule, answers, conclusions, factsByKey);
            case Condition.Not not -> {
                Value v = evaluate(not.negated(), rule, answers, conclusions, factsByKey);
                yield switch (v.truth()) {
                    case TRUE -> Value.FALSE;
                    case FALSE -> new Value(Truth.TRUE, List.of(), Set.of(), 0);
                    case UNKNOWN -> new Value(Truth.UNKNOWN, List.of(), v.awaiting(), v.unnamedUnknowns());
                };
            }
            case Condition.Test test -> test(test, rule, answers, conclusions, factsByKey);
        };
    }

    private Value test(Condition.Test test, RuleBase.Rule rule, Answers answers, Map<Object, Conclusion> conclusions,
                       Map<String, List<Object>> factsByKey) {
        if (test.kind() == Condition.Kind.ANSWER) {
            Set<String> awaiting = null;
            int unnamed = 0;
            for (String question : test.identifiers()) {
                Optional<Answer> answer = answers.get(question);
                if (answer.isPresent() && test.matches(answer.get())) {
                    return new Value(Truth.TRUE, List.of(answer.get()), Set.of(), 0);
                }
                if (answer.isEmpty()) {
                    awaiting = awaiting == null ? new LinkedHashSet<>() : awaiting;
                    awaiting.add(question);
                    unnamed = rule.info().confirmedBy().contains(question) ? 0 : 1;
                }
            }
            return awaiting == null ? Value.FALSE : new Value(Truth.UNKNOWN, List.of(), awaiting, unnamed);
        }
        Conclusion provisional = null;
        for (String key : keysByTest.get(test)) {
            for (Object fact : factsByKey.getOrDefault(key, List.of())) {
                if (!test.matches(fact)) {
                    continue;
                }
                Conclusion c = conclusions.get(fact);
                if (c.established()) {
                    return new Value(Truth.TRUE, List.of(fact), Set.of(), 0);
                }
                provisional = provisional == null ? c : provisional;
            }
        }
        return provisional == null ? Value.FALSE
                : new Value(Truth.UNKNOWN, List.of(provisional.fact()), provisional.settledBy(), 0);
    }
}
