package org.locus.cases;

import org.locus.questionnaire.Answers;

import java.util.List;

/**
 * One case of the library. {@code assumed} names the answers the chapter does not state and the author had to assume.
 *
 * @param validation true for a region from a published study the chapter does not discuss, encoded from that study
 *                   to measure the rules rather than to teach them: its misses are scored, not failed
 * @param notInCatalogue the ids a validation case expects that the knowledge base does not have (yet); each counts
 *                       as a miss of the rules. Always empty for a teaching case, whose ids must all exist.
 * @param file the file the case was read from, for messages
 */
public record LibraryCase(String id, String title, String place, String period, String sector, String summary,
                          List<String> sources, List<String> assumed, Expectations expected, String teachingNotes,
                          Answers answers, boolean validation, List<String> notInCatalogue, String file) {

    public LibraryCase {
        sources = List.copyOf(sources);
        assumed = List.copyOf(assumed);
        notInCatalogue = List.copyOf(notInCatalogue);
    }

    /**
     * What a reader of the chapter expects: findings that must be established, findings the answers point to while the
     * source leaves a confirming fact unstated (they must appear, at least provisionally), findings that must not be
     * established, and recommendations that must be among the first {@value #TOP}.
     */
    public record Expectations(List<String> findings, List<String> provisionalFindings, List<String> absentFindings,
                               List<String> topRecommendations) {
        public static final int TOP = 5;
    }
}
