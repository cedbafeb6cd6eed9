package org.locus.analysis;

import java.util.List;

/**
 * What the analyses add to a diagnosis. Everything is computed from the rules and the questionnaire; see
 * {@code docs/analysis.md}.
 *
 * @param topThree      the ids of the top three recommendations the analyses are about (fewer when fewer are made)
 * @param robustness    for each of the top three, how many single answer changes would push it out, and which
 * @param whatIf        the smallest answer changes that change the top three: single changes first, then pairs
 * @param nextQuestions the don't-know questions whose answer could change the top three, most telling first
 * @param whyNot        for every recommendation outside the top three, what keeps it out
 * @param extent        how much was tried, so a reader knows the limits of "no change found"
 */
public record Analysis(List<String> topThree, List<Robustness> robustness, List<WhatIf> whatIf,
                       List<NextQuestion> nextQuestions, List<WhyNot> whyNot, Extent extent) {

    /** How many recommendations the analyses watch. */
    public static final int TOP = 3;

    /**
     * @param singleChanges the single answer changes tried (every question, every other answer, don't-know included)
     * @param pairs         the pairs of changes tried
     * @param pairsCapped   true when more pairs qualified than the budget allowed
     */
    public record Extent(int singleChanges, int pairs, boolean pairsCapped) {
    }
}
