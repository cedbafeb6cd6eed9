package org.locus.ui.wizard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.shared.Registration;
import org.locus.knowledge.Answer;
import org.locus.knowledge.Catalogue;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.Question;

import java.io.Serializable;
import java.util.List;

/**
 * One question: its input, its help a click away, and room for marks such as "assumed". A change the questionnaire
 * accepts is announced with an {@link AnswerChangedEvent}; a value it rejects (a number out of range) is marked on the
 * field with the reader's own message and announced to no one.
 */
public class QuestionField extends Composite<Div> {

    /** The answer the binder writes into; a binder needs a bean. */
    private static final class Slot implements Serializable {
        private Answer answer;
    }

    private final QuestionInput<?> input;
    private final Div marks = new Div();
    private final Binder<Slot> binder = new Binder<>();
    private final Slot slot = new Slot();
    private boolean showing;

    public QuestionField(Question question, AnswersReader reader, Catalogue catalogue) {
        input = QuestionInput.of(question);
        bind(input, reader);
        input.component().setId(idOf(question.id()));
        marks.addClassName("question-marks");
        getContent().addClassName("question");
        getContent().getElement().setAttribute("data-question", question.id());
        getContent().add(input.component(), marks, help(question, catalogue));
    }

    /** The element id of a question's input, for links and browser tests. */
    public static String idOf(String questionId) {
        return "q-" + questionId;
    }

    private <V> void bind(QuestionInput<V> typed, AnswersReader reader) {
        binder.forField(typed.field())
                .withConverter(Converter.<V, Answer>from(value -> {
                    try {
                        return Result.ok(reader.answer(typed.question.id(), typed.documentValue(value)));
                    } catch (IllegalArgumentException e) {
                        return Result.error(capitalised(e.getMessage()) + ".");
                    }
                }, typed::valueOf))
                .bind(s -> s.answer, (s, answer) -> s.answer = answer);
        typed.field().addValueChangeListener(e -> {
            if (!showing && binder.writeBeanIfValid(slot)) {
                fireEvent(new AnswerChangedEvent(this, typed.question.id(), slot.answer));
            }
        });
        binder.readBean(slot);
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private static Details help(Question question, Catalogue catalogue) {
        Div content = new Div(new Paragraph(question.helpWithCutoffs()));
        Paragraph chapter = new Paragraph("Chapter: " + question.section());
        chapter.addClassName("citation");
        content.add(chapter);
        if (!question.informs().isEmpty()) {
            List<String> titles = question.informs().stream()
                    .map(id -> catalogue.finding(id).map(Catalogue.FindingEntry::title)
                            .or(() -> catalogue.recommendation(id).map(Catalogue.RecommendationEntry::title))
                            .orElse(id))
                    .toList();
            content.add(new Paragraph("Your answer feeds: " + String.join("; ", titles) + "."));
        }
        Span summary = new Span("What to look for");
        Span forQuestion = new Span(" (" + question.text() + ")");
        forQuestion.addClassName("sr-only");
        Details details = new Details(new Span(summary, forQuestion), content);
        details.addThemeVariants(DetailsVariant.SMALL);
        details.addClassName("question-help");
        return details;
    }

    /** Shows an answer without announcing it; {@code null} shows don't-know. */
    public void show(Answer answer) {
        showing = true;
        try {
            slot.answer = answer;
            binder.readBean(slot);
        } finally {
            showing = false;
        }
    }

    /** Replaces the marks beside the input, such as "assumed" on a case's answer. */
    public void setMarks(List<? extends Component> newMarks) {
        marks.removeAll();
        newMarks.forEach(marks::add);
    }

    /**
     * Brings the question to the reader: scrolled to the middle of the page, focused, and highlighted for a moment so
     * that the eye finds it. It runs after the page has settled, so that a new step's scroll to the top does not
     * undo it.
     */
    public void focus() {
        getContent().getElement().executeJs("""
                const question = this;
                const input = $0;
                let tries = 0;
                // the radios' own inputs appear when the web components have rendered: try again until one takes
                const bring = () => {
                    const inner = input.querySelector('input:checked') || input.querySelector('input');
                    (inner || input).focus({preventScroll: true});
                    if (!question.contains(document.activeElement) && ++tries < 40) {
                        setTimeout(bring, 50);
                        return;
                    }
                    question.scrollIntoView({block: 'center'});
                    question.classList.remove('question-target');
                    void question.offsetWidth;
                    question.classList.add('question-target');
                };
                requestAnimationFrame(() => setTimeout(bring, 0));""", input.component().getElement());
    }

    /** Whether the input holds a value the questionnaire takes (an out-of-range number does not). */
    public boolean isValid() {
        return binder.isValid();
    }

    public String questionId() {
        return input.question.id();
    }

    /** The question's text, for messages that name it. */
    public String questionText() {
        return input.question.text();
    }

    public Component input() {
        return input.component();
    }

    public Registration addAnswerChangedListener(ComponentEventListener<AnswerChangedEvent> listener) {
        return addListener(AnswerChangedEvent.class, listener);
    }
}
