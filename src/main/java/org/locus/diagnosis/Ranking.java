package org.locus.diagnosis;

import org.locus.knowledge.Catalogue;
import org.locus.knowledge.Evidence;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of the recommendations that one set of evidence makes, and nothing else: the part of a diagnosis that
 * the analyses compare across hundreds of variations of the answers, where explaining each would be waste.
 *
 * <p>A recommendation's score is the sum of its evidence weights; only positive scores are made; higher scores rank
 * first, a tie goes to the recommendation resting on more findings, then to catalogue order.
 *
 * @param made   the ids of the recommendations made, best first
 * @param scores the score of every recommendation that has any evidence, made or not
 */
public record Ranking(List<String> made, Map<String, Integer> scores) {

    public static Ranking of(Collection<Evidence> evidence, Catalogue catalogue) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, Set<String>> supporting = new HashMap<>();
        for (Evidence e : evidence) {
            scores.merge(e.getRecommendation(), e.getWeight(), Integer::sum);
            if (e.getWeight() > 0) {
                supporting.computeIfAbsent(e.getRecommendation(), id -> new HashSet<>()).add(e.getFinding());
            }
        }
        List<String> made = scores.entrySet().stream().filter(s -> s.getValue() > 0).map(Map.Entry::getKey)
                .sorted(Comparator.comparingInt((String id) -> -scores.get(id))
                        .thenComparingInt(id -> -supporting.getOrDefault(id, Set.of()).size())
                        .thenComparingInt(catalogue::orderOf))
                .toList();
        return new Ranking(made, Map.copyOf(scores));
    }

    /** The first {@code n} recommendations made (fewer when fewer are made). */
    public List<String> top(int n) {
        return made.subList(0, Math.min(n, made.size()));
    }

    /** The 1-based rank of a recommendation, or 0 when it is not made. */
    public int rankOf(String recommendation) {
        return made.indexOf(recommendation) + 1;
    }

    /** The score of a recommendation; 0 when no evidence bears on it. */
    public int scoreOf(String recommendation) {
        return scores.getOrDefault(recommendation, 0);
    }
}
