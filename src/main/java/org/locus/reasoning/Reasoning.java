package org.locus.reasoning;

import org.locus.knowledge.Answer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What one region's answers support: every conclusion, established or provisional, in a stable order. */
public final class Reasoning {

    private final List<Conclusion> conclusions;
    private final Map<Object, Conclusion> byFact = new LinkedHashMap<>();
    private final Map<Object, Set<String>> answersBehind = new HashMap<>();

    public Reasoning(List<Conclusion> conclusions) {
        this.conclusions = List.copyOf(conclusions);
        this.conclusions.forEach(c -> byFact.put(c.fact(), c));
    }

    public List<Conclusion> conclusions() {
        return conclusions;
    }

    public Optional<Conclusion> of(Object fact) {
        return Optional.ofNullable(byFact.get(fact));
    }

    public <T> List<T> factsOf(Class<T> type) {
        return conclusions.stream().map(Conclusion::fact).filter(type::isInstance).map(type::cast).toList();
    }

    /** The established facts of a type. */
    public <T> List<T> establishedOf(Class<T> type) {
        return conclusions.stream().filter(Conclusion::established).map(Conclusion::fact).filter(type::isInstance)
                .map(type::cast).toList();
    }

    /** The questions whose answers a conclusion rests on, through every fact it rests on; empty for no conclusion. */
    public Set<String> answersBehind(Object fact) {
        Set<String> cached = answersBehind.get(fact);
        if (cached != null) {
            return cached;
        }
        answersBehind.put(fact, Set.of()); // a cycle in the rules adds nothing
        Set<String> questions = new LinkedHashSet<>();
        Conclusion conclusion = byFact.get(fact);
        if (conclusion != null) {
            for (Support support : conclusion.supports()) {
                for (Object matched : support.matched()) {
                    if (matched instanceof Answer answer) {
                        questions.add(answer.getQuestion());
                    } else {
                        questions.addAll(answersBehind(matched));
                    }
                }
                questions.addAll(support.awaiting());
            }
        }
        Set<String> behind = Set.copyOf(questions);
        answersBehind.put(fact, behind);
        return behind;
    }
}
