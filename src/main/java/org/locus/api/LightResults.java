package org.locus.api;

import org.locus.analysis.AnalysedDiagnosis;
import org.locus.diagnosis.DiagnosisDocument;
import org.locus.diagnosis.DiagnosisResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A result without its traces ({@code ?traces=false}): the ranking, scores, statuses and contributions stay. */
final class LightResults {

    private LightResults() {
    }

    static DiagnosisDocument withoutTraces(DiagnosisDocument document) {
        DiagnosisResult light = withoutTraces(document.diagnosis());
        return document instanceof AnalysedDiagnosis analysed ? new AnalysedDiagnosis(light, analysed.analysis()) : light;
    }

    private static DiagnosisResult withoutTraces(DiagnosisResult result) {
        Map<String, List<DiagnosisResult.SituationValue>> situation = result.situation().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                                .map(v -> new DiagnosisResult.SituationValue(v.value(), v.label(), v.status(),
                                        v.settledBy(), List.of()))
                                .toList(),
                        (a, b) -> a, LinkedHashMap::new));
        List<DiagnosisResult.FindingResult> findings = result.findings().stream()
                .map(f -> new DiagnosisResult.FindingResult(f.id(), f.title(), f.summary(), f.concern(), f.section(),
                        f.cites(), f.status(), f.settledBy(), f.claim(), List.of()))
                .toList();
        List<DiagnosisResult.RecommendationResult> recommendations = result.recommendations().stream()
                .map(r -> new DiagnosisResult.RecommendationResult(r.id(), r.rank(), r.score(), r.status(), r.group(),
                        r.actor(), r.title(), r.summary(), r.section(), r.cites(), r.contributions(), r.doubts(),
                        r.watch(), r.after(), List.of()))
                .toList();
        return new DiagnosisResult(result.ruleBaseVersion(), situation, findings, recommendations, result.unanswered());
    }
}
