package org.locus.reasoning;

import java.util.List;
import java.util.Set;

/**
 * A derived fact ({@code Situation}, {@code Finding} or {@code Evidence}) with how firmly it stands.
 *
 * @param settledBy for a provisional conclusion, the unanswered questions whose answers would confirm it or rule it
 *                  out, including those of the provisional facts it rests on; empty when established
 */
public record Conclusion(Object fact, Status status, List<Support> supports, Set<String> settledBy) {

    public Conclusion {
        supports = List.copyOf(supports);
        settledBy = Set.copyOf(settledBy);
    }

    public boolean established() {
        return status == Status.ESTABLISHED;
    }
}
