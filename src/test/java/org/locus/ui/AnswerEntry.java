package org.locus.ui;

import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Section;

/** Enters answers into the browser the way an adviser does, question type by question type. */
final class AnswerEntry {

    private final BrowserTest browser;

    AnswerEntry(BrowserTest browser) {
        this.browser = browser;
    }

    /** Answers this section's questions that {@code answers} answers; the rest stay don't-know. */
    void enter(Section section, Answers answers) {
        for (Question question : section.questions()) {
            answers.get(question.id()).ifPresent(answer -> enter(question, answer));
        }
    }

    void enter(Question question, Answer answer) {
        switch (question.type()) {
            case YES_NO -> browser.pickRadio(question.id(), answer.getValue().equals("yes") ? "Yes" : "No");
            case SCALE -> browser.pickRadio(question.id(), answer.getValue());
            case CHOICE -> browser.pickOption(question.id(), question.option(answer.getValue()).orElseThrow().label());
            case NUMBER -> browser.typeNumber(question.id(), answer.getValue());
        }
    }
}
