package org.locus.questionnaire;

import java.util.Locale;

/**
 * Where the rules cut a number or scale answer: {@code from} a value upwards, or {@code up to} a value. The chapter
 * gives no such figures; every cut-off is an operational assumption of Locus, declared once per question so that all
 * rules read the answer the same way, and said in the question's help.
 *
 * @param upwards whether the band starts at {@code at} and goes up ({@code from}) or ends there ({@code upTo})
 * @param at      the boundary, inside the band
 * @param means   what an answer in the band stands for, in words ("branch plants carry much of the employment")
 */
public record Cutoff(boolean upwards, double at, String means) {

    /**
     * Whether a rule's comparison reads the answer by this cut-off: inside the band ({@code >= at} or {@code <= at})
     * or outside it ({@code < at} or {@code > at}).
     */
    public boolean isReadBy(String operator, double threshold) {
        if (threshold != at) {
            return false;
        }
        return upwards ? operator.equals(">=") || operator.equals("<") : operator.equals("<=") || operator.equals(">");
    }

    /** The two comparisons that read this cut-off, as a rule author writes them. */
    public String comparisons() {
        String value = number(at);
        return upwards ? "number >= " + value + " or number < " + value : "number <= " + value + " or number > " + value;
    }

    /** The band in words, e.g. "30 % or more" or "2 or less". */
    public String band(String unit) {
        String value = number(at) + (unit == null ? "" : unit.equals("%") ? " %" : " " + unit);
        return value + (upwards ? " or more" : " or less");
    }

    /** A number as a rule author writes it: 30, not 30.0. */
    public static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
