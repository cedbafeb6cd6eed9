package org.locus.ui.workbench;

import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Scores;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything that moved between a reference result and a new one: places in the ranking, scores of the
 * recommendations made in both, and findings gained or lost. A change that cuts a score from 8 to 4 and removes a
 * finding is a change even when every rank stays where it was.
 */
public record WhatMoved(List<RankingMove> ranks, List<ScoreChange> scores, List<FindingChange> findings) {

    /** A recommendation made in both results with a different score. */
    public record ScoreChange(String recommendation, String title, double before, double after) {

        public String describe() {
            return "Score " + Scores.text(before) + " → " + Scores.text(after) + " (" + Scores.signed(after - before)
                    + "): " + title;
        }
    }

    /** A finding drawn in one result and not in the other. */
    public record FindingChange(String finding, String title, boolean gained) {

        public String describe() {
            return (gained ? "New finding: " : "No longer found: ") + title;
        }
    }

    public static WhatMoved between(DiagnosisResult before, DiagnosisResult after) {
        Map<String, DiagnosisResult.RecommendationResult> was = before.recommendations().stream()
                .collect(Collectors.toMap(DiagnosisResult.RecommendationResult::id, Function.identity()));
        List<ScoreChange> scores = new ArrayList<>();
        for (DiagnosisResult.RecommendationResult now : after.recommendations()) {
            DiagnosisResult.RecommendationResult old = was.get(now.id());
            if (old != null && Math.abs(old.score() - now.score()) > 1e-9) {
                scores.add(new ScoreChange(now.id(), now.title(), old.score(), now.score()));
            }
        }
        Set<String> found = ids(before);
        Set<String> foundNow = ids(after);
        List<FindingChange> findings = new ArrayList<>();
        after.findings().stream().filter(f -> !found.contains(f.id()))
                .forEach(f -> findings.add(new FindingChange(f.id(), f.title(), true)));
        before.findings().stream().filter(f -> !foundNow.contains(f.id()))
                .forEach(f -> findings.add(new FindingChange(f.id(), f.title(), false)));
        return new WhatMoved(RankingMove.between(before.recommendations(), after.recommendations()), List.copyOf(scores),
                List.copyOf(findings));
    }

    private static Set<String> ids(DiagnosisResult result) {
        return result.findings().stream().map(DiagnosisResult.FindingResult::id).collect(Collectors.toSet());
    }

    public boolean isEmpty() {
        return ranks.isEmpty() && scores.isEmpty() && findings.isEmpty();
    }
}
