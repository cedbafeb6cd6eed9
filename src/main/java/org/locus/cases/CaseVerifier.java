package org.locus.cases;

import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a case and lists where the result departs from what the case expects. What a case's source concludes must be
 * established; what it rules out must not be established. A finding the answers only point to, provisionally, is no
 * claim either way: it says which question would settle it.
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
}
