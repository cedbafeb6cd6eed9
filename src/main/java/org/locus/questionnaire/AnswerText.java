package org.locus.questionnaire;

import org.locus.knowledge.Answer;

/** How an answer reads to a person: "yes", "4 of 5 (5 = very strong)", "35 %", or an option's label. */
public final class AnswerText {

    private AnswerText() {
    }

    /** "1 chains" reads as a slip: a plural unit ("chains", "firms") loses its s for exactly one. */
    static String unit(String unit, Double number) {
        boolean plural = unit.length() > 2 && unit.endsWith("s") && !unit.endsWith("ss") && Character.isLetter(unit.charAt(0));
        return number != null && number == 1 && plural ? unit.substring(0, unit.length() - 1) : unit;
    }

    public static String of(Question question, Answer answer) {
        return switch (question.type()) {
            case YES_NO -> answer.getValue();
            case SCALE -> answer.getValue() + " of 5 (1 = " + question.scaleLow() + ", 5 = " + question.scaleHigh() + ")";
            case NUMBER -> answer.getValue() + " " + unit(question.unit(), answer.getNumber());
            case CHOICE -> question.option(answer.getValue()).map(Question.Option::label).orElse(answer.getValue());
        };
    }
}
