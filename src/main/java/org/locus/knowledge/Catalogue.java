package org.locus.knowledge;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stable ids of situations, findings and recommendations with the words advisers read for them. Catalogue
 * order is meaningful: it is the last tie-breaker of the ranking and the order findings are listed in.
 */
public final class Catalogue {

    /** One value a situation aspect can take. */
    public record SituationValue(String id, String label) {
    }

    /** An aspect of the region's situation, such as {@code location-type}. */
    public record SituationAspect(String id, String title, String section, boolean multiValued,
                                  List<SituationValue> values) {

        public Optional<SituationValue> value(String valueId) {
            return values.stream().filter(v -> v.id().equals(valueId)).findFirst();
        }
    }

    /** A finding: what is wrong, or what window is open. */
    public record FindingEntry(String id, String title, String summary, String concern, String section,
                               List<String> cites) {
    }

    /** A strategic recommendation. */
    public record RecommendationEntry(String id, String title, String summary, String section, List<String> cites) {
    }

    private final List<String> sections;
    private final Map<String, SituationAspect> situations;
    private final Map<String, FindingEntry> findings;
    private final Map<String, RecommendationEntry> recommendations;
    // the ranking compares positions for every pair it sorts: a lookup, not a walk down the catalogue
    private final Map<String, Integer> recommendationOrder;

    public Catalogue(List<String> sections, List<SituationAspect> situations, List<FindingEntry> findings,
                     List<RecommendationEntry> recommendations) {
        this.sections = List.copyOf(sections);
        this.situations = index(situations, SituationAspect::id);
        this.findings = index(findings, FindingEntry::id);
        this.recommendations = index(recommendations, RecommendationEntry::id);
        Map<String, Integer> order = new HashMap<>();
        this.recommendations.keySet().forEach(id -> order.put(id, order.size()));
        this.recommendationOrder = Map.copyOf(order);
    }

    private static <T> Map<String, T> index(List<T> entries, java.util.function.Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(id.apply(e), e));
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The chapter's section names, the only ones a rule, finding or question may cite. */
    public List<String> sections() {
        return sections;
    }

    public List<SituationAspect> situations() {
        return List.copyOf(situations.values());
    }

    public List<FindingEntry> findings() {
        return List.copyOf(findings.values());
    }

    public List<RecommendationEntry> recommendations() {
        return List.copyOf(recommendations.values());
    }

    public Optional<SituationAspect> situation(String id) {
        return Optional.ofNullable(situations.get(id));
    }

    public Optional<FindingEntry> finding(String id) {
        return Optional.ofNullable(findings.get(id));
    }

    public Optional<RecommendationEntry> recommendation(String id) {
        return Optional.ofNullable(recommendations.get(id));
    }

    public FindingEntry requireFinding(String id) {
        return finding(id).orElseThrow(() -> new IllegalArgumentException("no finding " + id + " in the catalogue"));
    }

    public RecommendationEntry requireRecommendation(String id) {
        return recommendation(id)
                .orElseThrow(() -> new IllegalArgumentException("no recommendation " + id + " in the catalogue"));
    }

    /** Position in catalogue order, used to break ranking ties the same way every time. */
    public int orderOf(String recommendationId) {
        return recommendationOrder.getOrDefault(recommendationId, Integer.MAX_VALUE);
    }
}
