package org.locus.knowledge;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

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

    /**
     * A finding: what is wrong, or what window is open.
     *
     * @param claim how firmly the chapter itself makes the argument behind it
     */
    public record FindingEntry(String id, String title, String summary, String concern, String section,
                               List<String> cites, Claim claim) {
    }

    /**
     * How firm the chapter's own claim is.
     *
     * @param strength {@code well-established} (documented in the literature the chapter cites), {@code argued} (the
     *                 authors' own argument, made firmly but without cited evidence), {@code contested} (the chapter
     *                 reports a controversy) or {@code tentative} (the chapter hedges)
     * @param note     in a sentence, why: what the chapter cites, or how it hedges
     */
    public record Claim(String strength, String note) {
        public static final List<String> STRENGTHS = List.of("well-established", "argued", "contested", "tentative");
    }

    /**
     * Who a recommendation addresses.
     *
     * @param level {@code local} (actors in the place itself) or {@code higher} (levels a local adviser can only ask)
     */
    public record Actor(String id, String label, String level) {
        public boolean local() {
            return level.equals("local");
        }
    }

    /**
     * A strategic recommendation.
     *
     * @param actor      the id of the actor it addresses
     * @param framing    whether it is the chapter's framing conclusion rather than a task for the place
     * @param watch      indicators an adviser can track to see whether it works
     * @param after      what the chapter puts before it: recommendation ids, or {@code situation:<aspect>} for a
     *                   situation that should be settled first
     * @param requires   what must hold for it to be deliverable at all
     * @param ruledOutBy findings under which the chapter rules it out
     */
    public record RecommendationEntry(String id, String title, String summary, String section, List<String> cites,
                                      String actor, boolean framing, List<String> watch, List<String> after,
                                      List<Requirement> requires, List<Veto> ruledOutBy) {
    }

    /** A situation that must hold, with one of the values named, for a recommendation to be deliverable. */
    public record Requirement(String situation, List<String> values, String because) {
    }

    /** A finding under which a recommendation is ruled out. */
    public record Veto(String finding, String because) {
    }

    private final List<String> sections;
    private final Map<String, Actor> actors;
    private final Map<String, SituationAspect> situations;
    private final Map<String, FindingEntry> findings;
    private final Map<String, RecommendationEntry> recommendations;
    // the ranking compares positions for every pair it sorts: a lookup, not a walk down the catalogue
    private final Map<String, Integer> recommendationOrder;
    private final OptionalInt directWeight;

    /** The weight policy's direct weight, if the catalogue declares one. */
    public OptionalInt directWeight() {
        return directWeight;
    }

    public Catalogue(List<String> sections, List<Actor> actors, List<SituationAspect> situations,
                     List<FindingEntry> findings, List<RecommendationEntry> recommendations) {
        this(sections, actors, situations, findings, recommendations, OptionalInt.empty());
    }

    /**
     * @param directWeight the weight of the one direct recommendation every finding must have, when the knowledge
     *                     base holds itself to that policy ({@code weightPolicy} in catalogue.yaml)
     */
    public Catalogue(List<String> sections, List<Actor> actors, List<SituationAspect> situations,
                     List<FindingEntry> findings, List<RecommendationEntry> recommendations, OptionalInt directWeight) {
        this.directWeight = directWeight;
        this.sections = List.copyOf(sections);
        this.actors = index(actors, Actor::id);
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

    public List<Actor> actors() {
        return List.copyOf(actors.values());
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
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
