package org.locus.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A saved assessment as read from the store: its details, the team it belongs to, whether it is archived, its
 * version (one more with every change, for ETags and conflict checks), and its answers by question id.
 */
public record Assessment(UUID id, String team, AssessmentDetails details, boolean archived, long version,
                         Instant created, String createdBy, Instant updated, Map<String, RecordedAnswer> answers) {

    public Assessment {
        answers = Map.copyOf(answers);
    }

    /**
     * The answers document of the given values, {@code {"answers": {"q": value, ...}}}, as JSON text: what a
     * diagnosis reads and what a download holds.
     */
    public String answersDocument() {
        StringBuilder json = new StringBuilder("{\"answers\": {");
        String separator = "";
        for (RecordedAnswer answer : answers.values().stream()
                .sorted(java.util.Comparator.comparing(RecordedAnswer::question)).toList()) {
            if (answer.value() != null) {
                json.append(separator).append(Json.string(answer.question())).append(": ").append(answer.value());
                separator = ", ";
            }
        }
        return json.append("}}").toString();
    }
}
