package org.locus.ui.wizard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import org.locus.knowledge.Answer;

/** A question was answered, or (with a {@code null} answer) set back to don't-know. Only valid answers are announced. */
public class AnswerChangedEvent extends ComponentEvent<Component> {

    private final String question;
    private final Answer answer;

    public AnswerChangedEvent(Component source, String question, Answer answer) {
        super(source, false);
        this.question = question;
        this.answer = answer;
    }

    public String question() {
        return question;
    }

    /** The new answer; {@code null} for don't-know. */
    public Answer answer() {
        return answer;
    }
}
