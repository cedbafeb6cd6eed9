package org.locus.api;

import org.locus.diagnosis.DiagnosisResult;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A result without its traces ({@code ?traces=false}): the ranking, scores and contributions stay. */
final class LightResults {

    private LightResults() {
    }

    static DiagnosisResult withoutTraces(DiagnosisResult result) {
        Map<String, List<DiagnosisResult.SituationValue>> situation = result.situation().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                                .map(v -> new DiagnosisResult.SituationValue(v.value(), v.label(), List.of())).toList(),
                        (a, b) -> a, java.util.LinkedHashMap::new));
        List<DiagnosisResult.FindingResult> findings = result.findings().stream()
                .map(f -> new DiagnosisResult.FindingResult(f.id(), f.title(), f.summary(), f.concern(), f.section(),
                        f.cites(), List.of()))
                .toList();
        List<DiagnosisResult.RecommendationResult> recommendations = result.recommendations().stream()
                .map(r -> new DiagnosisResult.RecommendationResult(r.id(), r.rank(), r.score(), r.title(), r.summary(),
                        r.section(), r.cites(), r.contributions(), List.of()))
                .toList();
        return new DiagnosisResult(result.ruleBaseVersion(), situation, findings, recommendations, result.unanswered(),
                result.analysis());
    }
}
