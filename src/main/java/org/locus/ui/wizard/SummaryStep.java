package org.locus.ui.wizard;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.locus.questionnaire.AnswerText;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Questionnaire;

import java.util.List;
import org.locus.ui.results.ResultsView;

/**
 * The answers to review before diagnosing, section by section; every question links back to its step, and every
 * don't-know is shown as such.
 */
class SummaryStep extends Composite<Div> {

    private final Questionnaire questionnaire;
    private final Paragraph counts = new Paragraph();
    private final Div sections = new Div();

    SummaryStep(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        getContent().addClassName("summary-step");
        counts.addClassName("summary-counts");
        Button diagnose = new Button("Diagnose", VaadinIcon.CHECK.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ResultsView.class)));
        diagnose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        diagnose.addClassName("summary-diagnose");
        Div top = new Div(counts, diagnose);
        top.addClassName("summary-top");
        getContent().add(top, sections);
    }

    void show(Answers answers) {
        // only the questions that apply, given the answers, were asked; the others are neither counted nor listed
        List<Question> asked = questionnaire.questions().stream().filter(q -> questionnaire.applies(q, answers)).toList();
        int total = asked.size();
        int unknown = total - (int) asked.stream().filter(q -> answers.isAnswered(q.id())).count();
        counts.setText("You answered " + (total - unknown) + " of " + total + " questions"
                + (unknown == 0 ? "." : "; " + unknown + " are don't know. That is fine: Locus works with what you"
                + " know, and the results name the open questions that matter most."));
        sections.removeAll();
        for (org.locus.questionnaire.Section section : questionnaire.sections()) {
            RouterLink edit = new RouterLink("Edit", AssessmentView.class, AssessmentView.stepParameters(section.id()));
            edit.getElement().setAttribute("aria-label", "Edit the answers to " + section.title());
            edit.addClassName("summary-edit");
            H3 title = new H3(section.title());
            Div header = new Div(title, edit);
            header.addClassName("summary-section-header");
            DescriptionList list = new DescriptionList();
            for (Question question : section.questions().stream().filter(asked::contains).toList()) {
                RouterLink link = new RouterLink(question.text(), AssessmentView.class,
                        AssessmentView.stepParameters(section.id()));
                link.setQueryParameters(QueryParameters.of(AssessmentView.QUESTION, question.id()));
                Span answer = new Span(answers.get(question.id()).map(a -> AnswerText.of(question, a))
                        .orElse(QuestionInput.DONT_KNOW_LABEL));
                answer.addClassName(answers.isAnswered(question.id()) ? "answer" : "dont-know");
                answer.getElement().setAttribute("data-question", question.id());
                list.add(new DescriptionList.Term(link), new DescriptionList.Description(answer));
            }
            Section block = new Section(header, list);
            block.addClassName("summary-section");
            sections.add(block);
        }
    }
}
