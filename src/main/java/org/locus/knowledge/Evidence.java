package org.locus.knowledge;

import java.util.Objects;

/**
 * A weighted argument for (positive weight) or against (negative weight) a recommendation, resting on one finding.
 * A recommendation's score is the sum of the weights of its evidence; see {@code docs/knowledge-base.md}.
 */
public final class Evidence {

    /** Facts are looked up by hash in every diagnosis, many times over: computed once. */
    private final int hash;

    private final String recommendation;
    private final String finding;
    private final int weight;

    public Evidence(String recommendation, String finding, int weight) {
        this.recommendation = Objects.requireNonNull(recommendation, "recommendation");
        this.finding = Objects.requireNonNull(finding, "finding");
        if (weight == 0) {
            throw new IllegalArgumentException("evidence for " + recommendation + " from " + finding + " has weight 0");
        }
        this.weight = weight;
        this.hash = Objects.hash(recommendation, finding, weight);
    }

    public String getRecommendation() {
        return recommendation;
    }

    /** The finding this evidence rests on. */
    public String getFinding() {
        return finding;
    }

    public int getWeight() {
        return weight;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence other && recommendation.equals(other.recommendation)
                && finding.equals(other.finding) && weight == other.weight;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Evidence[" + recommendation + " <- " + finding + " (" + weight + ")]";
    }
}
