package org.locus.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * One question of the questionnaire. Which fields matter depends on the type: {@code scaleLow}/{@code scaleHigh}
 * label the ends of a 1–5 scale, {@code options} list a choice, {@code unit}/{@code min}/{@code max} bound a number.
 * {@code informs} names the findings the answer feeds, so an adviser knows why it is asked. {@code cutoffs} say
 * where the rules cut a number or scale answer; {@code askedWhen}, on which earlier answers the question applies at all
 * (every condition must hold; see {@link Questionnaire#applies}).
 */
public record Question(String id, String sectionId, String text, String help, String section, AnswerType type,
                       String scaleLow, String scaleHigh, List<Option> options, String unit, Double min, Double max,
                       List<String> informs, List<Cutoff> cutoffs, List<AskedWhen> askedWhen) {

    public Question {
        informs = List.copyOf(informs);
        cutoffs = List.copyOf(cutoffs);
        askedWhen = List.copyOf(askedWhen);
    }

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

    /**
     * The help with what the rules read into the answer, when they cut it: the cut-offs are Locus's operational
     * assumptions, and an adviser should know that before answering near one.
     */
    public String helpWithCutoffs() {
        if (cutoffs.isEmpty()) {
            return help;
        }
        String bands = String.join("; ", cutoffs.stream()
                .map(c -> c.band(type == AnswerType.SCALE ? null : unit) + " reads as " + c.means()).toList());
        return help + " Locus reads the answer by cut-offs of its own, not figures from the chapter: " + bands + ".";
    }

    /** When the question is asked, in words, or {@code null} when it always is: "Asked only when 'x' is yes." */
    public String askedWhenText() {
        return askedWhen.isEmpty() ? null : "Asked only when " + String.join(" and ",
                askedWhen.stream().map(AskedWhen::describe).toList()) + ".";
    }

    /** The highest value a scale or number answer may take. */
    public double highest() {
        return type == AnswerType.SCALE ? SCALE_MAX : max;
    }
}
