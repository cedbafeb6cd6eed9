package org.locus.questionnaire;

import org.locus.knowledge.Answer;

/** How an answer reads to a person: "yes", "4 of 5 (5 = very strong)", "35 %", or an option's label. */
public final class AnswerText {

    private AnswerText() {
    }

    public static String of(Question question, Answer answer) {
        return switch (question.type()) {
            case YES_NO -> answer.getValue();
            case SCALE -> answer.getValue() + " of 5 (1 = " + question.scaleLow() + ", 5 = " + question.scaleHigh() + ")";
            case NUMBER -> answer.getValue() + " " + question.unit();
            case CHOICE -> question.option(answer.getValue()).map(Question.Option::label).orElse(answer.getValue());
        };
    }
}
