package org.locus.cases;

import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a case and lists where the result departs from what the case expects. What a case's source concludes must be
 * established; what it rules out must not be established. A finding the answers only point to, provisionally, is no
 * claim either way: it says which question would settle it.
 *
 * <p>Teaching cases are verified: a mismatch is a failure. Validation cases are scored ({@link #score}): they measure
 * how far the rules reach what published authors concluded about regions the chapter never saw.
 */
public final class CaseVerifier {

    private final Diagnostician diagnostician;

    public CaseVerifier(Diagnostician diagnostician) {
        this.diagnostician = diagnostician;
    }

    /** The mismatches of one case; empty when the case passes. */
    public List<String> verify(LibraryCase c) {
        DiagnosisResult result = diagnostician.diagnose(c.answers());
        List<String> mismatches = new ArrayList<>();
        for (String finding : c.expected().findings()) {
            Optional<DiagnosisResult.FindingResult> found = result.finding(finding);
            if (found.isEmpty()) {
                mismatches.add("expected finding '" + finding + "' is missing");
            } else if (!found.get().established()) {
                mismatches.add("expected finding '" + finding + "' is only provisional (settled by "
                        + String.join(", ", found.get().settledBy()) + ")");
            }
        }
        for (String finding : c.expected().provisionalFindings()) {
            if (result.finding(finding).isEmpty()) {
                mismatches.add("expected finding '" + finding + "' does not appear, not even provisionally");
            }
        }
        for (String finding : c.expected().absentFindings()) {
            if (result.finding(finding).map(DiagnosisResult.FindingResult::established).orElse(false)) {
                mismatches.add("finding '" + finding + "' is established but must not be");
            }
        }
        List<String> top = result.recommendationIds().stream().limit(LibraryCase.Expectations.TOP).toList();
        for (String recommendation : c.expected().topRecommendations()) {
            if (!top.contains(recommendation)) {
                int rank = result.recommendationIds().indexOf(recommendation) + 1;
                mismatches.add("recommendation '" + recommendation + "' is not in the top "
                        + LibraryCase.Expectations.TOP + (rank > 0 ? " (ranked " + rank + ")" : " (not made)"));
            }
        }
        return mismatches;
    }

    /**
     * The validation score of a case: what its rules reach of what the source's authors concluded. Findings the case
     * expects only provisionally count as recalled when they appear at all, as {@link #verify} treats them.
     */
    public ValidationScore score(LibraryCase c) {
        DiagnosisResult result = diagnostician.diagnose(c.answers());
        List<String> recalled = new ArrayList<>();
        Map<String, String> missed = new LinkedHashMap<>();
        for (String finding : c.expected().findings()) {
            Optional<DiagnosisResult.FindingResult> found = result.finding(finding);
            if (found.map(DiagnosisResult.FindingResult::established).orElse(false)) {
                recalled.add(finding);
            } else {
                missed.put(finding, c.notInCatalogue().contains(finding) ? NOT_IN_KNOWLEDGE_BASE
                        : found.isPresent() ? "only provisional, settled by " + String.join(", ", found.get().settledBy())
                        : "not made");
            }
        }
        for (String finding : c.expected().provisionalFindings()) {
            if (result.finding(finding).isPresent()) {
                recalled.add(finding);
            } else {
                missed.put(finding, c.notInCatalogue().contains(finding) ? NOT_IN_KNOWLEDGE_BASE
                        : "not made, not even provisionally");
            }
        }
        List<String> falsePositives = c.expected().absentFindings().stream()
                .filter(f -> result.finding(f).map(DiagnosisResult.FindingResult::established).orElse(false)).toList();
        List<String> ranked = result.recommendationIds();
        List<String> hits = new ArrayList<>();
        Map<String, String> missedTop = new LinkedHashMap<>();
        for (String recommendation : c.expected().topRecommendations()) {
            int rank = ranked.indexOf(recommendation) + 1;
            if (rank > 0 && rank <= LibraryCase.Expectations.TOP) {
                hits.add(recommendation);
            } else {
                missedTop.put(recommendation, c.notInCatalogue().contains(recommendation) ? NOT_IN_KNOWLEDGE_BASE
                        : rank > 0 ? "ranked " + rank : "not made");
            }
        }
        return new ValidationScore(c, recalled, missed, falsePositives, hits, missedTop);
    }

    static final String NOT_IN_KNOWLEDGE_BASE = "not in the knowledge base";
}
