package org.locus.cases;

import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;

import java.util.ArrayList;
import java.util.List;

/** Runs a case and lists where the result departs from what the case expects. */
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
            if (!result.hasFinding(finding)) {
                mismatches.add("expected finding '" + finding + "' is missing");
            }
        }
        for (String finding : c.expected().absentFindings()) {
            if (result.hasFinding(finding)) {
                mismatches.add("finding '" + finding + "' appears but must not");
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
