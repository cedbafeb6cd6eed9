package org.locus.ui.wizard;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.locus.knowledge.Catalogue;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Questionnaire;
import org.locus.questionnaire.Section;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The questions of one questionnaire section. It shows answers and announces changes with {@link AnswerChangedEvent};
 * whoever holds the answers decides what to do with them.
 */
public class SectionForm extends Composite<Div> {

    private final Section section;
    private final Questionnaire questionnaire;
    private final Map<String, QuestionField> fields = new LinkedHashMap<>();
    private final Paragraph noneApply = new Paragraph("None of this step's questions applies, given your earlier "
            + "answers. Go on to the next step.");

    public SectionForm(Section section, AnswersReader reader, Catalogue catalogue) {
        this(section, reader, catalogue, null);
    }

    /**
     * With a questionnaire, a question that does not apply given the earlier answers (its {@code askedWhen}) is not
     * asked: it is hidden until the answers make it apply.
     */
    public SectionForm(Section section, AnswersReader reader, Catalogue catalogue, Questionnaire questionnaire) {
        this.section = section;
        this.questionnaire = questionnaire;
        getContent().addClassName("section-form");
        if (section.intro() != null && !section.intro().isBlank()) {
            Paragraph intro = new Paragraph(section.intro());
            intro.addClassName("section-intro");
            getContent().add(intro);
        }
        for (Question question : section.questions()) {
            QuestionField field = new QuestionField(question, reader, catalogue);
            field.addAnswerChangedListener(e -> fireEvent(new AnswerChangedEvent(this, e.question(), e.answer())));
            fields.put(question.id(), field);
            getContent().add(field);
        }
        noneApply.addClassName("none-apply");
        noneApply.setVisible(false);
        getContent().add(noneApply);
    }

    public Section section() {
        return section;
    }

    /** Shows the answers to this section's questions, don't-know where there is none, and only those that apply. */
    public void show(Answers answers) {
        fields.forEach((id, field) -> field.show(answers.get(id).orElse(null)));
        boolean any = false;
        for (Question question : section.questions()) {
            boolean applies = applies(question, answers);
            fields.get(question.id()).setVisible(applies);
            any |= applies;
        }
        noneApply.setVisible(!any);
    }

    /** Whether the question is asked, given these answers. */
    public boolean applies(Question question, Answers answers) {
        return questionnaire == null || questionnaire.applies(question, answers);
    }

    /** The first question whose input holds a value that could not be taken, such as a number out of range. */
    public Optional<QuestionField> invalidField() {
        return fields.values().stream().filter(f -> !f.isValid()).findFirst();
    }

    public Optional<QuestionField> field(String questionId) {
        return Optional.ofNullable(fields.get(questionId));
    }

    public Registration addAnswerChangedListener(ComponentEventListener<AnswerChangedEvent> listener) {
        return addListener(AnswerChangedEvent.class, listener);
    }
}
