package org.locus.knowledge;

import java.util.Objects;

/**
 * One answer an adviser gave, as the rules see it. A don't-know answer never becomes an {@code Answer}: the rules
 * test its absence with {@code not Answer(question == "...")}.
 *
 * <p>{@link #getValue()} is {@code "yes"}/{@code "no"} for yes-no questions and the option id for choices, so rules
 * read {@code Answer(question == "red-tape-burden", value == "yes")}; {@link #getNumber()} carries scale and number
 * answers, so rules read {@code Answer(question == "export-share", number >= 40)}.
 */
public final class Answer {

    private final String question;
    private final String value;
    private final Double number;

    private Answer(String question, String value, Double number) {
        this.question = Objects.requireNonNull(question, "question");
        this.value = Objects.requireNonNull(value, "value");
        this.number = number;
    }

    public static Answer yesNo(String question, boolean yes) {
        return new Answer(question, yes ? "yes" : "no", null);
    }

    public static Answer choice(String question, String optionId) {
        return new Answer(question, optionId, null);
    }

    public static Answer number(String question, double number) {
        return new Answer(question, formatNumber(number), number);
    }

    static String formatNumber(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15
                ? Long.toString((long) number)
                : Double.toString(number);
    }

    public String getQuestion() {
        return question;
    }

    /** "yes"/"no", an option id, or the number written out. */
    public String getValue() {
        return value;
    }

    /** The number of a scale or number answer; {@code null} for yes-no and choice answers. */
    public Double getNumber() {
        return number;
    }

    /** The value as it goes into an answers document: a boolean, a number or an option id. */
    public Object documentValue() {
        if (number != null) {
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? (Object) (long) number.doubleValue() : number;
        }
        if (value.equals("yes") || value.equals("no")) {
            return value.equals("yes");
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answer other && question.equals(other.question) && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(question, value);
    }

    @Override
    public String toString() {
        return "Answer[" + question + "=" + value + "]";
    }
}
