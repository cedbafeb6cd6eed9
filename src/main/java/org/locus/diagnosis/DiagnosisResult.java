package org.locus.diagnosis;

import org.locus.explanation.TraceStep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result document: what the command line prints as JSON, the API serves and the UI shows. Field by field in
 * {@code docs/api.md}.
 *
 * @param ruleBaseVersion a hash of the content of {@code rules/} that produced this result
 * @param situation       every situation aspect, with the values the rules derived (empty when undetermined)
 * @param findings        the findings, in catalogue order
 * @param recommendations the recommendations made, in order: what local actors can do, then what to ask of higher
 *                        levels, then the chapter's framing conclusion, each group best first
 * @param unanswered      the question ids answered don't-know, in questionnaire order
 */
public record DiagnosisResult(String ruleBaseVersion, Map<String, List<SituationValue>> situation,
                              List<FindingResult> findings, List<RecommendationResult> recommendations,
                              List<String> unanswered) implements DiagnosisDocument {

    @Override
    public DiagnosisResult diagnosis() {
        return this;
    }

    /**
     * One derived value of a situation aspect.
     *
     * @param status    {@code established} or {@code provisional}
     * @param settledBy for a provisional value, the unanswered questions that would confirm it or rule it out
     */
    public record SituationValue(String value, String label, String status, List<String> settledBy,
                                 List<TraceStep> trace) {
    }

    /**
     * A finding the rules arrived at.
     *
     * @param status    {@code established} or {@code provisional}
     * @param settledBy for a provisional finding, the unanswered questions that would confirm it or rule it out
     * @param claim     how firm the chapter's own claim behind it is
     */
    public record FindingResult(String id, String title, String summary, String concern, String section,
                                List<String> cites, String status, List<String> settledBy, Claim claim,
                                List<TraceStep> trace) {

        public boolean established() {
            return status.equals("established");
        }
    }

    /**
     * How firm the chapter's claim is: {@code well-established}, {@code argued}, {@code contested} or
     * {@code tentative}, with a sentence on why.
     */
    public record Claim(String strength, String note) {
    }

    /**
     * A recommendation, its place in the order and what it rests on.
     *
     * @param score   the sum of what its evidence counts for (provisional evidence counts half; evidence resting on the
     *                same answers as a stronger support counts once)
     * @param status  {@code established} when one of its counted supports is, and nothing about it is in doubt;
     *                {@code provisional} otherwise
     * @param group   {@code local} (what local actors can do), {@code higher} (what to ask of higher levels) or
     *                {@code framing} (the chapter's framing conclusion)
     * @param actor   who it addresses, as an id and in words
     * @param doubts  what keeps it provisional besides its evidence, in words
     * @param watch   indicators to track to see whether it works
     * @param after   what the chapter puts before it, when that is made here or not yet settled
     */
    public record RecommendationResult(String id, int rank, double score, String status, String group, Actor actor,
                                       String title, String summary, String section, List<String> cites,
                                       List<Contribution> contributions, List<String> doubts, List<String> watch,
                                       List<Before> after, List<TraceStep> trace) {

        public boolean established() {
            return status.equals("established");
        }
    }

    /** Who a recommendation addresses. */
    public record Actor(String id, String label) {
    }

    /**
     * Something the chapter puts before a recommendation: another recommendation made here ({@code kind}
     * {@code recommendation}, with its rank), or a situation not yet settled ({@code kind} {@code situation}, with the
     * questions that would settle it).
     */
    public record Before(String kind, String id, String title, Integer rank, List<String> questions) {
    }

    /**
     * One finding's share of a recommendation's score.
     *
     * @param weight        the weight the rule gives; negative when it counts against
     * @param counted       what it adds to the score: the weight, half of it when the finding is provisional, 0 when
     *                      it rests on the same answers as a stronger support
     * @param status        the status of the finding it rests on
     * @param sameAnswersAs the finding of that stronger support, when it counts 0 for that reason
     */
    public record Contribution(String finding, String findingTitle, int weight, double counted, String status,
                               String sameAnswersAs, String rule) {
    }

    /**
     * This result without its traces: the ranking, scores, statuses and contributions stay. For clients that show only
     * the ranking (the API's {@code ?traces=false}, the command line's batches), a fifth to two fifths of the size.
     */
    public DiagnosisResult withoutTraces() {
        Map<String, List<SituationValue>> light = new LinkedHashMap<>();
        situation.forEach((aspect, values) -> light.put(aspect, values.stream()
                .map(v -> new SituationValue(v.value(), v.label(), v.status(), v.settledBy(), List.of())).toList()));
        return new DiagnosisResult(ruleBaseVersion, light,
                findings.stream().map(f -> new FindingResult(f.id(), f.title(), f.summary(), f.concern(), f.section(),
                        f.cites(), f.status(), f.settledBy(), f.claim(), List.of())).toList(),
                recommendations.stream().map(r -> new RecommendationResult(r.id(), r.rank(), r.score(), r.status(),
                        r.group(), r.actor(), r.title(), r.summary(), r.section(), r.cites(), r.contributions(),
                        r.doubts(), r.watch(), r.after(), List.of())).toList(),
                unanswered);
    }

    public Optional<RecommendationResult> recommendation(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public boolean hasFinding(String id) {
        return findings.stream().anyMatch(f -> f.id().equals(id));
    }

    public Optional<FindingResult> finding(String id) {
        return findings.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public List<String> findingIds() {
        return findings.stream().map(FindingResult::id).toList();
    }

    /** The findings established on answered facts only. */
    public List<String> establishedFindingIds() {
        return findings.stream().filter(FindingResult::established).map(FindingResult::id).toList();
    }

    public List<String> recommendationIds() {
        return recommendations.stream().map(RecommendationResult::id).toList();
    }

    /** The single value of an aspect, if the rules derived exactly one. */
    public Optional<String> situationValue(String aspect) {
        List<SituationValue> values = situation.getOrDefault(aspect, List.of());
        return values.size() == 1 ? Optional.of(values.get(0).value()) : Optional.empty();
    }
}
