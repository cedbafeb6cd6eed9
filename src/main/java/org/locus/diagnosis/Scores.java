package org.locus.diagnosis;

/** Scores as people read them: whole numbers without a decimal point, halves with one. */
public final class Scores {

    private Scores() {
    }

    public static String text(double score) {
        return score == Math.rint(score) ? Long.toString((long) score) : Double.toString(Math.round(score * 10) / 10.0);
    }

    /** With a sign: {@code +4}, {@code -2}, {@code +1.5}. */
    public static String signed(double score) {
        return (score > 0 ? "+" : "") + text(score);
    }
}
