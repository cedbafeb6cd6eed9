package org.locus.ui.cases;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.locus.cases.LibraryCase;
import org.locus.knowledge.Answer;
import org.locus.knowledge.Catalogue;
import org.locus.questionnaire.AnswerText;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Questionnaire;
import org.locus.questionnaire.Section;
import org.locus.ui.wizard.AnswerChangedEvent;
import org.locus.ui.wizard.QuestionField;
import org.locus.ui.wizard.SectionForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case's answers, every one of them editable: the sections the case answers are open, answers the case's author
 * had to assume are marked, and answers changed from the case say what the case has. Changes are announced with
 * {@link AnswerChangedEvent}.
 */
class TrainerAnswers extends Composite<Div> {

    private final LibraryCase libraryCase;
    private final List<SectionForm> forms = new ArrayList<>();
    private final List<Span> sectionCounts = new ArrayList<>();

    TrainerAnswers(Questionnaire questionnaire, AnswersReader reader, Catalogue catalogue, LibraryCase libraryCase) {
        this.libraryCase = libraryCase;
        getContent().addClassName("trainer-answers");
        for (Section section : questionnaire.sections()) {
            SectionForm form = new SectionForm(section, reader, catalogue);
            form.addAnswerChangedListener(e -> fireEvent(new AnswerChangedEvent(this, e.question(), e.answer())));
            forms.add(form);
            Span count = new Span();
            count.addClassName("section-count");
            sectionCounts.add(count);
            Details details = new Details(new Span(new Span(section.title()), count), form);
            details.addClassName("trainer-section");
            details.setOpened(section.questions().stream().anyMatch(q -> libraryCase.answers().isAnswered(q.id())));
            getContent().add(details);
        }
    }

    /** Shows the answers and marks which are assumed and which differ from the case. */
    void show(Answers answers) {
        for (int i = 0; i < forms.size(); i++) {
            SectionForm form = forms.get(i);
            form.show(answers);
            long answered = form.section().questions().stream().filter(q -> answers.isAnswered(q.id())).count();
            sectionCounts.get(i).setText(answered + " of " + form.section().questions().size() + " answered");
            for (Question question : form.section().questions()) {
                form.field(question.id()).ifPresent(field -> field.setMarks(marks(question, answers)));
            }
        }
    }

    private List<Span> marks(Question question, Answers answers) {
        List<Span> marks = new ArrayList<>();
        Optional<Answer> inCase = libraryCase.answers().get(question.id());
        if (libraryCase.assumed().contains(question.id())) {
            marks.add(badge("assumed", "contrast", "The chapter does not say; the case's author assumed this answer"));
        }
        if (!Objects.equals(inCase.orElse(null), answers.get(question.id()).orElse(null))) {
            String was = inCase.map(a -> AnswerText.of(question, a)).orElse("don't know");
            marks.add(badge("changed · the case says: " + was, "primary", null));
        }
        return marks;
    }

    private static Span badge(String text, String theme, String title) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        if (title != null) {
            badge.getElement().setAttribute("title", title);
        }
        return badge;
    }

    Optional<QuestionField> field(String questionId) {
        return forms.stream().map(f -> f.field(questionId)).flatMap(Optional::stream).findFirst();
    }

    Registration addAnswerChangedListener(ComponentEventListener<AnswerChangedEvent> listener) {
        return addListener(AnswerChangedEvent.class, listener);
    }
}
