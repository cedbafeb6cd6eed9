package org.locus.diagnosis;

import org.locus.knowledge.Catalogue;
import org.locus.knowledge.Evidence;
import org.locus.knowledge.Finding;
import org.locus.knowledge.Situation;
import org.locus.reasoning.Conclusion;
import org.locus.reasoning.Reasoning;
import org.locus.reasoning.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The order of the recommendations that one region's conclusions support, and why each stands where it does: the
 * part of a diagnosis that the analyses compare across hundreds of variations of the answers.
 *
 * <ul>
 *   <li>Each piece of evidence counts its weight when the finding it rests on is established, and
 *       {@value #PROVISIONAL_SHARE} of it when the finding is provisional.</li>
 *   <li>Supporting evidence that rests on the same answers as a stronger support of the same recommendation counts
 *       once: two findings rest on the same answers when more than half of the answers behind the smaller of them
 *       are behind the other too.</li>
 *   <li>A recommendation is ruled out when a finding the catalogue names under {@code ruled-out-by} is established,
 *       and is not deliverable when a situation it {@code requires} is absent; a provisional veto or requirement
 *       makes it provisional instead.</li>
 *   <li>Only a positive score makes a recommendation. A recommendation is established when one of its counted
 *       supports is, and provisional otherwise.</li>
 *   <li>Order: what local actors can do first, then what to ask of higher levels, then the chapter's framing
 *       conclusion; within each, higher score first, then the stronger single support, then established before
 *       provisional, then catalogue order.</li>
 * </ul>
 *
 * @param made   the ids of the recommendations made, in order
 * @param scored every recommendation that some evidence bears on, made or not, by id
 */
public record Ranking(List<String> made, Map<String, Scored> scored) {

    /** The share of its weight that evidence resting on a provisional finding counts for. */
    public static final double PROVISIONAL_SHARE = 0.5;

    /**
     * What one recommendation scores and why.
     *
     * @param ruledOutBy the established finding that rules it out, if any
     * @param unmet      the requirement it does not meet, if any
     * @param doubts     what keeps it provisional besides its evidence: a provisional veto or requirement, in words
     */
    public record Scored(String recommendation, double score, Status status, List<Counted> counted,
                         Catalogue.Veto ruledOutBy, Catalogue.Requirement unmet, List<String> doubts) {

        /** The most any one of its supports counts for. */
        public double strongest() {
            return counted.stream().mapToDouble(Counted::counted).max().orElse(0);
        }

        public boolean made() {
            return score > 0 && ruledOutBy == null && unmet == null;
        }
    }

    /**
     * One piece of evidence and what it counts for.
     *
     * @param counted       what it adds to the score: its weight, halved when provisional, 0 when it rests on the same
     *                      answers as a stronger support
     * @param sameAnswersAs the finding of that stronger support, if so
     */
    public record Counted(Evidence evidence, Status status, double counted, String sameAnswersAs) {
    }

    public static Ranking of(Reasoning reasoning, Catalogue catalogue) {
        Map<String, List<Conclusion>> byRecommendation = new LinkedHashMap<>();
        for (Conclusion c : reasoning.conclusions()) {
            if (c.fact() instanceof Evidence e) {
                byRecommendation.computeIfAbsent(e.getRecommendation(), id -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Scored> scored = new LinkedHashMap<>();
        byRecommendation.forEach((id, evidence) -> scored.put(id, score(id, evidence, reasoning, catalogue)));
        List<String> made = scored.values().stream().filter(Scored::made)
                .sorted(Comparator.comparingInt((Scored s) -> group(s.recommendation(), catalogue))
                        .thenComparingDouble(s -> -s.score())
                        .thenComparingDouble(s -> -s.strongest())
                        .thenComparing(s -> s.status() == Status.ESTABLISHED ? 0 : 1)
                        .thenComparingInt(s -> catalogue.orderOf(s.recommendation())))
                .map(Scored::recommendation).toList();
        return new Ranking(made, java.util.Collections.unmodifiableMap(scored));
    }

    /** 0 for what local actors can do, 1 for what to ask of higher levels, 2 for the chapter's framing conclusion. */
    public static int group(String recommendation, Catalogue catalogue) {
        Catalogue.RecommendationEntry entry = catalogue.requireRecommendation(recommendation);
        if (entry.framing()) {
            return 2;
        }
        return catalogue.actor(entry.actor()).map(Catalogue.Actor::local).orElse(true) ? 0 : 1;
    }

    private static Scored score(String id, List<Conclusion> evidence, Reasoning reasoning, Catalogue catalogue) {
        List<Conclusion> ordered = new ArrayList<>(evidence);
        ordered.sort(Comparator.comparingDouble((Conclusion c) -> -share(c))
                .thenComparing(c -> c.established() ? 0 : 1)
                .thenComparing(c -> ((Evidence) c.fact()).getFinding()));
        List<Counted> counted = new ArrayList<>();
        Map<String, Set<String>> accepted = new LinkedHashMap<>();
        for (Conclusion c : ordered) {
            Evidence e = (Evidence) c.fact();
            String same = null;
            if (e.getWeight() > 0) {
                Set<String> basis = reasoning.answersBehind(new Finding(e.getFinding()));
                same = accepted.entrySet().stream().filter(a -> sameAnswers(basis, a.getValue()))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                if (same == null) {
                    accepted.put(e.getFinding(), basis);
                }
            }
            counted.add(new Counted(e, c.status(), same == null ? share(c) : 0, same));
        }
        double score = counted.stream().mapToDouble(Counted::counted).sum();
        Catalogue.RecommendationEntry entry = catalogue.requireRecommendation(id);
        List<String> doubts = new ArrayList<>();
        Catalogue.Veto ruledOut = null;
        for (Catalogue.Veto veto : entry.ruledOutBy()) {
            Optional<Conclusion> finding = reasoning.of(new Finding(veto.finding()));
            if (finding.isPresent() && finding.get().established() && ruledOut == null) {
                ruledOut = veto;
            } else if (finding.isPresent()) {
                doubts.add("would be ruled out if \"" + catalogue.finding(veto.finding())
                        .map(Catalogue.FindingEntry::title).orElse(veto.finding()) + "\" is confirmed: " + veto.because());
            }
        }
        Catalogue.Requirement unmet = null;
        for (Catalogue.Requirement requirement : entry.requires()) {
            List<Conclusion> holding = requirement.values().stream()
                    .map(v -> reasoning.of(new Situation(requirement.situation(), v))).flatMap(Optional::stream).toList();
            if (holding.isEmpty()) {
                unmet = unmet == null ? requirement : unmet;
            } else if (holding.stream().noneMatch(Conclusion::established)) {
                doubts.add("needs " + requirement.because() + " (provisional so far)");
            }
        }
        boolean supported = counted.stream().anyMatch(c -> c.counted() > 0 && c.status() == Status.ESTABLISHED);
        Status status = supported && doubts.isEmpty() ? Status.ESTABLISHED : Status.PROVISIONAL;
        return new Scored(id, score, status, List.copyOf(counted), ruledOut, unmet, List.copyOf(doubts));
    }

    private static double share(Conclusion c) {
        int weight = ((Evidence) c.fact()).getWeight();
        return c.established() ? weight : weight * PROVISIONAL_SHARE;
    }

    private static boolean sameAnswers(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared.size() * 2 > Math.min(a.size(), b.size());
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
    public double scoreOf(String recommendation) {
        Scored s = scored.get(recommendation);
        return s == null ? 0 : s.score();
    }

    /** The score of every recommendation some evidence bears on. */
    public Map<String, Double> scores() {
        Map<String, Double> scores = new LinkedHashMap<>();
        scored.forEach((id, s) -> scores.put(id, s.score()));
        return scores;
    }

    public Optional<Scored> of(String recommendation) {
        return Optional.ofNullable(scored.get(recommendation));
    }
}
