package org.locus.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * One question of the questionnaire. Which fields matter depends on the type: {@code scaleLow}/{@code scaleHigh}
 * label the ends of a 1–5 scale, {@code options} list a choice, {@code unit}/{@code min}/{@code max} bound a number.
 * {@code informs} names the findings the answer feeds, so an adviser knows why it is asked.
 */
public record Question(String id, String sectionId, String text, String help, String section, AnswerType type,
                       String scaleLow, String scaleHigh, List<Option> options, String unit, Double min, Double max,
                       List<String> informs) {

    public static final int SCALE_MIN = 1;
    public static final int SCALE_MAX = 5;

    /** One option of a choice question. */
    public record Option(String id, String label) {
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /** The lowest value a scale or number answer may take. */
    public double lowest() {
        return type == AnswerType.SCALE ? SCALE_MIN : min;
    }

    /** The highest value a scale or number answer may take. */
    public double highest() {
        return type == AnswerType.SCALE ? SCALE_MAX : max;
    }
}
