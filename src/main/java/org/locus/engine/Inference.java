package org.locus.engine;

import java.util.List;

/** What one run of the rules derived: every derived fact that still holds at the end, with its justifications. */
public record Inference(List<Derivation> derivations) {

    /** A derived fact ({@code Situation}, {@code Finding} or {@code Evidence}) and every rule match that supports it. */
    public record Derivation(Object fact, List<Justification> justifications) {
    }

    /** One rule match that supports a derived fact: the rule's name and the facts its conditions matched. */
    public record Justification(String rule, List<Object> matched) {
    }

    public <T> List<T> factsOf(Class<T> type) {
        return derivations.stream().map(Derivation::fact).filter(type::isInstance).map(type::cast).toList();
    }
}
