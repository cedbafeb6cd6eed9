package org.locus.cases;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well the rules reproduce what the authors of one published study concluded about their region: the share of
 * the findings they reached that the rules establish (recall), the findings they ruled out that the rules establish
 * anyway (false positives), and how many of the recommendations they gave are among the first
 * {@value LibraryCase.Expectations#TOP}. A validation case measures the rules; its score never fails a build.
 *
 * @param missedFindings expected finding to why it counts as missed: not made, only provisional, or not in the
 *                       knowledge base at all
 * @param missedTop      expected recommendation to where it ranked instead
 */
public record ValidationScore(LibraryCase scored, List<String> recalledFindings, Map<String, String> missedFindings,
                              List<String> falsePositives, List<String> topHits, Map<String, String> missedTop) {

    public ValidationScore {
        recalledFindings = List.copyOf(recalledFindings);
        missedFindings = Collections.unmodifiableMap(new LinkedHashMap<>(missedFindings));
        falsePositives = List.copyOf(falsePositives);
        topHits = List.copyOf(topHits);
        missedTop = Collections.unmodifiableMap(new LinkedHashMap<>(missedTop));
    }

    public int expectedFindings() {
        return recalledFindings.size() + missedFindings.size();
    }

    public int expectedTop() {
        return topHits.size() + missedTop.size();
    }

    /** The share of expected findings established, from 0 to 1; a case that expects none recalls everything. */
    public double recall() {
        return expectedFindings() == 0 ? 1.0 : (double) recalledFindings.size() / expectedFindings();
    }

    /** Expected findings the knowledge base has no entry for: misses no rule change short of new knowledge can fix. */
    public int findingsNotInKnowledgeBase() {
        return (int) missedFindings.values().stream().filter(CaseVerifier.NOT_IN_KNOWLEDGE_BASE::equals).count();
    }

    /**
     * The scores of a whole validation set added up, so one number can be tracked as the rules change.
     *
     * @param notInKnowledgeBase expected findings the knowledge base lacks, so that recall can also be read over
     *                           the findings it has
     */
    public record Totals(int cases, int recalled, int expected, int notInKnowledgeBase, int falsePositives,
                         int absentChecked, int topHits, int topExpected) {

        public static Totals of(List<ValidationScore> scores) {
            return new Totals(scores.size(),
                    scores.stream().mapToInt(s -> s.recalledFindings().size()).sum(),
                    scores.stream().mapToInt(ValidationScore::expectedFindings).sum(),
                    scores.stream().mapToInt(ValidationScore::findingsNotInKnowledgeBase).sum(),
                    scores.stream().mapToInt(s -> s.falsePositives().size()).sum(),
                    scores.stream().mapToInt(s -> s.scored().expected().absentFindings().size()).sum(),
                    scores.stream().mapToInt(s -> s.topHits().size()).sum(),
                    scores.stream().mapToInt(ValidationScore::expectedTop).sum());
        }

        public double recall() {
            return expected == 0 ? 1.0 : (double) recalled / expected;
        }

        /** Recall over the expected findings the knowledge base has: how well the existing rules fire. */
        public double recallOfKnownFindings() {
            int known = expected - notInKnowledgeBase;
            return known == 0 ? 1.0 : (double) recalled / known;
        }
    }
}
