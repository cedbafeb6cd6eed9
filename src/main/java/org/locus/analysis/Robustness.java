package org.locus.analysis;

import java.util.List;

/**
 * How easily one of the top three is pushed out by a single changed answer.
 *
 * @param label     {@code robust}, {@code sensitive} or {@code fragile}; see {@link #label(int)}
 * @param questions how many questions have an answer (don't-know included) that alone pushes it out
 * @param changes   those single changes, each with all it does to the top three
 */
public record Robustness(String recommendation, String title, int rank, String label, int questions,
                         List<WhatIf> changes) {

    public static final String ROBUST = "robust";
    public static final String SENSITIVE = "sensitive";
    public static final String FRAGILE = "fragile";
    /** Up to this many questions that can each push it out, a recommendation is sensitive; beyond, fragile. */
    public static final int SENSITIVE_UP_TO = 3;

    /**
     * Robust when no single answer change pushes it out of the top three; sensitive when the changes that do touch
     * at most {@value #SENSITIVE_UP_TO} questions, so an adviser can check those few answers; fragile beyond that.
     */
    public static String label(int questions) {
        return questions == 0 ? ROBUST : questions <= SENSITIVE_UP_TO ? SENSITIVE : FRAGILE;
    }
}
