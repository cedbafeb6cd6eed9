package org.locus.diagnosis;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.locus.analysis.Analysis;
import org.locus.explanation.TraceStep;

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
 * @param recommendations the recommendations made, best first
 * @param unanswered      the question ids answered don't-know, in questionnaire order
 * @param analysis        why not, what if, which question next and how robust, when asked for (see
 *                        {@code org.locus.analysis.Analyst}); {@code null}, and absent from JSON, otherwise
 */
public record DiagnosisResult(String ruleBaseVersion, Map<String, List<SituationValue>> situation,
                              List<FindingResult> findings, List<RecommendationResult> recommendations,
                              List<String> unanswered, @JsonInclude(JsonInclude.Include.NON_NULL) Analysis analysis) {

    /** A plain diagnosis, without analysis. */
    public DiagnosisResult(String ruleBaseVersion, Map<String, List<SituationValue>> situation,
                           List<FindingResult> findings, List<RecommendationResult> recommendations,
                           List<String> unanswered) {
        this(ruleBaseVersion, situation, findings, recommendations, unanswered, null);
    }

    /** This diagnosis with its analysis attached. */
    public DiagnosisResult withAnalysis(Analysis analysis) {
        return new DiagnosisResult(ruleBaseVersion, situation, findings, recommendations, unanswered, analysis);
    }

    /** One derived value of a situation aspect. */
    public record SituationValue(String value, String label, List<TraceStep> trace) {
    }

    /** A finding the rules arrived at. */
    public record FindingResult(String id, String title, String summary, String concern, String section,
                                List<String> cites, List<TraceStep> trace) {
    }

    /** A recommendation, its place in the ranking and the evidence behind its score. */
    public record RecommendationResult(String id, int rank, int score, String title, String summary, String section,
                                       List<String> cites, List<Contribution> contributions, List<TraceStep> trace) {
    }

    /** One finding's share of a recommendation's score; negative when it counts against it. */
    public record Contribution(String finding, String findingTitle, int weight, String rule) {
    }

    public Optional<RecommendationResult> recommendation(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public boolean hasFinding(String id) {
        return findings.stream().anyMatch(f -> f.id().equals(id));
    }

    public List<String> findingIds() {
        return findings.stream().map(FindingResult::id).toList();
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
