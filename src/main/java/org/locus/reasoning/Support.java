package org.locus.reasoning;

import java.util.List;
import java.util.Set;

/**
 * One rule match behind a conclusion: the rule, the facts its conditions matched, and, for a provisional match, the
 * questions whose answers it still awaits (an unanswered confirming question, or an unanswered question a rule about
 * missing information tests).
 */
public record Support(String rule, List<Object> matched, Set<String> awaiting) {

    public Support {
        matched = List.copyOf(matched);
        awaiting = Set.copyOf(awaiting);
    }
}
