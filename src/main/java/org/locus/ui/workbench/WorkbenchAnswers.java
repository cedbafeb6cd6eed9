package org.locus.ui.workbench;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
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
import java.util.Set;

/**
 * The answers a what-if starts from, every one of them editable: the sections they answer are open, answers someone
 * had to assume are marked, and answers changed from the reference say what it has ("the case says: yes", "you
 * answered: 3"). Changes are announced with {@link AnswerChangedEvent}.
 */
public class WorkbenchAnswers extends Composite<Div> {

    private final Answers reference;
    private final Set<String> assumed;
    private final String referenceSays;
    private final List<SectionForm> forms = new ArrayList<>();
    private final List<Span> sectionCounts = new ArrayList<>();

    /** {@code referenceSays} introduces the reference's answer beside a changed one, as in "the case says". */
    public WorkbenchAnswers(Questionnaire questionnaire, AnswersReader reader, Catalogue catalogue, Answers reference,
                            Set<String> assumed, String referenceSays) {
        this.reference = reference;
        this.assumed = assumed;
        this.referenceSays = referenceSays;
        getContent().addClassNames("trainer-answers", "workbench-answer-forms");
        for (Section section : questionnaire.sections()) {
            SectionForm form = new SectionForm(section, reader, catalogue, questionnaire);
            form.addAnswerChangedListener(e -> fireEvent(new AnswerChangedEvent(this, e.question(), e.answer())));
            forms.add(form);
            Span count = new Span();
            count.addClassName("section-count");
            sectionCounts.add(count);
            Details details = new Details(new Span(new Span(section.title()), count), form);
            details.addClassName("trainer-section");
            details.setOpened(section.questions().stream().anyMatch(q -> reference.isAnswered(q.id())));
            getContent().add(details);
        }
    }

    /** Shows the answers and marks which are assumed and which differ from the case. */
    public void show(Answers answers) {
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
        Optional<Answer> inCase = reference.get(question.id());
        if (assumed.contains(question.id())) {
            marks.add(badge("assumed", "contrast", "The chapter does not say; the case's author assumed this answer"));
        }
        if (!Objects.equals(inCase.orElse(null), answers.get(question.id()).orElse(null))) {
            String was = inCase.map(a -> AnswerText.of(question, a)).orElse("don't know");
            marks.add(badge("changed · " + referenceSays + ": " + was, "primary", null));
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

    public Optional<QuestionField> field(String questionId) {
        return forms.stream().map(f -> f.field(questionId)).flatMap(Optional::stream).findFirst();
    }

    public Registration addAnswerChangedListener(ComponentEventListener<AnswerChangedEvent> listener) {
        return addListener(AnswerChangedEvent.class, listener);
    }
}
