package org.locus.analysis;

import java.util.List;

/**
 * Why a recommendation is not among the top three: what it scores, what weighs against it, which of its supports
 * are missing and what each of them would need, and the answer changes that the engine confirms would bring it in.
 *
 * @param rank            its rank, or null when it is not made
 * @param score           its score (the sum of the evidence in force; 0 when none)
 * @param status          in words: "not made" or "ranked 5 with score 3, below the third (score 4)"
 * @param counterEvidence evidence in force that weighs against it
 * @param missingSupport  each rule that would argue for it but does not fire, with what stands in its way
 * @param wouldBringIn    answer changes (one or two answers) after which it is in the top three
 */
public record WhyNot(String recommendation, String title, String section, Integer rank, double score, String status,
                     List<Counter> counterEvidence, List<Support> missingSupport, List<WhatIf> wouldBringIn) {

    /** Evidence in force against the recommendation. */
    public record Counter(String finding, String findingTitle, int weight, String rule, String section) {
    }

    /** A rule that would give evidence for the recommendation, resting on a finding, and why it does not fire. */
    public record Support(String finding, String findingTitle, int weight, RuleCheck rule) {
    }

    /**
     * A rule that did not fire and the conditions that kept it from firing.
     *
     * @param anyOneSuffices true when the rule's conditions as a whole are alternatives ({@code or}): meeting one
     *                       would do; alternatives inside them are one obstacle of kind {@code none-of}
     */
    public record RuleCheck(String rule, String description, String section, List<Obstacle> obstacles,
                            boolean anyOneSuffices) {
    }

    /**
     * One condition that is not met.
     *
     * @param kind     {@code unanswered} (don't know), {@code answered-otherwise}, {@code answer-rules-out},
     *                 {@code situation-missing}, {@code situation-rules-out}, {@code finding-missing},
     *                 {@code finding-rules-out}, {@code none-of} (an {@code or} inside the conditions, none of whose
     *                 alternatives holds) or {@code unread}
     * @param text     the condition in an adviser's words
     * @param question the question it is about, if any
     * @param section  the chapter section of the question, situation or finding
     * @param wouldNeed for a missing situation or finding, the rules that could derive it and what each lacks
     * @param alternatives for {@code none-of}, what each alternative lacks; any one of them would do
     */
    public record Obstacle(String kind, String text, String question, String section, List<RuleCheck> wouldNeed,
                           List<Obstacle> alternatives) {
    }
}
