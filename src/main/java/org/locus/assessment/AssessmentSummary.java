package org.locus.assessment;

import java.time.Instant;
import java.util.UUID;

/** One row of the list of assessments: enough to find and open one, without its answers. */
public record AssessmentSummary(UUID id, String team, AssessmentDetails details, boolean archived, long version,
                                Instant updated, int answered) {
}
