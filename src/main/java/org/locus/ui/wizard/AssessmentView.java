package org.locus.ui.wizard;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.Questionnaire;
import org.locus.questionnaire.Section;
import org.locus.rulebase.RuleBase;
import org.locus.ui.MainLayout;
import org.locus.ui.Notifications;
import org.locus.ui.assessment.AnswersToolbar;
import org.locus.ui.assessment.CurrentAssessment;
import org.locus.ui.results.ResultsView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The adviser's wizard: one step per questionnaire section, then a summary, then the diagnosis. The step is part of
 * the address ({@code /assessment/the-cluster}), so a reload or the browser's Back button lands where the adviser was;
 * the answers live in {@link CurrentAssessment}, which keeps them in the browser.
 */
@Route(value = "assessment/:" + AssessmentView.STEP + "?", layout = MainLayout.class)
public class AssessmentView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    public static final String STEP = "step";
    public static final String SUMMARY = "summary";
    /** Query parameter naming a question to focus, as in {@code /assessment/the-cluster?question=firm-entry}. */
    public static final String QUESTION = "question";

    private final RuleBase ruleBase;
    private final AnswersReader reader;
    private final CurrentAssessment assessment;
    private final List<Section> sections;
    private final Map<String, SectionForm> forms = new HashMap<>();
    private final StepIndicator indicator;
    private final SummaryStep summary;
    private final H2 heading = new H2();
    private final Div stage = new Div();
    private final Button back = new Button("Back", VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button();
    private int current = -1;
    private Registration changes;

    public AssessmentView(RuleBase ruleBase, AnswersReader reader, CurrentAssessment assessment) {
        this.ruleBase = ruleBase;
        this.reader = reader;
        this.assessment = assessment;
        Questionnaire questionnaire = ruleBase.questionnaire();
        this.sections = questionnaire.sections();
        this.indicator = new StepIndicator(questionnaire);
        this.summary = new SummaryStep(questionnaire);
        addClassNames("page", "assessment");

        H1 title = new H1("Assess a location");
        Paragraph lead = new Paragraph("Answer what you know about the location; \"don't know\" is always allowed. "
                + "Your answers stay in this browser, and you can download them at any time.");
        lead.addClassName("lead");
        Div intro = new Div(title, lead);
        intro.addClassName("page-intro");
        Div header = new Div(intro, new AnswersToolbar(ruleBase.questionnaire(), reader, assessment));
        header.addClassName("page-header");

        heading.addClassName("step-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        stage.addClassName("step-stage");
        back.addClickListener(e -> go(current - 1));
        back.addClassName("step-back");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("step-next");
        next.addClickListener(e -> {
            if (current == sections.size()) {
                UI.getCurrent().navigate(ResultsView.class);
            } else {
                go(current + 1);
            }
        });
        Div buttons = new Div(back, next);
        buttons.addClassName("step-buttons");
        Div main = new Div(heading, stage, buttons);
        main.addClassName("step-main");
        Div body = new Div(indicator, main);
        body.addClassName("wizard");
        add(header, body);
    }

    public static RouteParameters stepParameters(String stepId) {
        return new RouteParameters(STEP, stepId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String step = event.getRouteParameters().get(STEP).orElse(sections.get(0).id());
        int index = step.equals(SUMMARY) ? sections.size() : indexOf(step);
        if (index < 0) {
            event.forwardTo(AssessmentView.class, stepParameters(sections.get(0).id()));
            return;
        }
        boolean moved = current >= 0 && index != current;
        show(index);
        if (moved) {
            heading.getElement().callJsFunction("focus");
        }
        event.getLocation().getQueryParameters().getSingleParameter(QUESTION)
                .flatMap(this::fieldOf).ifPresent(QuestionField::focus);
    }

    /**
     * A number out of its range is never saved, so leaving the step would silently keep the earlier answer. The
     * adviser is told which question it is and chooses: correct it, or go on with the earlier answer kept.
     */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (current < 0 || current >= sections.size()) {
            return;
        }
        Optional<QuestionField> invalid = form(sections.get(current)).invalidField();
        if (invalid.isEmpty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        QuestionField field = invalid.get();
        String kept = assessment.answers().isAnswered(field.questionId()) ? "your earlier answer is kept"
                : "it stays don't know";
        ConfirmDialog dialog = new ConfirmDialog("An answer on this step is out of range",
                "\"" + field.questionText() + "\" has a value Locus cannot take, so it was not saved: " + kept
                        + " unless you correct it.",
                "Correct it", e -> field.focus());
        dialog.setCancelable(true);
        dialog.setCancelText("Go on, " + kept.replace("your", "my").replace("it stays", "leave it"));
        dialog.addCancelListener(e -> leave.proceed());
        dialog.addClassName("invalid-answer-dialog");
        dialog.open();
    }

    private int indexOf(String sectionId) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(sectionId)) {
                return i;
            }
        }
        return -1;
    }

    private Optional<QuestionField> fieldOf(String questionId) {
        return current < sections.size() ? form(sections.get(current)).field(questionId) : Optional.empty();
    }

    private void go(int index) {
        String step = index >= sections.size() ? SUMMARY : sections.get(Math.max(index, 0)).id();
        UI.getCurrent().navigate(AssessmentView.class, stepParameters(step));
    }

    private void show(int index) {
        current = index;
        boolean onSummary = index == sections.size();
        // the step on show stays in the page when its answers are restored: taking it out and back would drop the
        // focus a ?question= link gave to one of its questions
        Component step = onSummary ? summary : form(sections.get(index));
        if (stage.getChildren().noneMatch(step::equals)) {
            stage.removeAll();
            stage.add(step);
        }
        if (onSummary) {
            heading.setText("Review your answers");
            summary.show(assessment.answers());
            next.setText("Diagnose");
            next.setIcon(VaadinIcon.CHECK.create());
        } else {
            Section section = sections.get(index);
            heading.setText(section.title());
            SectionForm form = form(section);
            form.show(assessment.answers());
            next.setText(index + 1 == sections.size() ? "Next: review your answers" : "Next: " + sections.get(index + 1).title());
            next.setIcon(VaadinIcon.ARROW_RIGHT.create());
            next.setIconAfterText(true);
        }
        back.setEnabled(index > 0);
        indicator.show(index, assessment.answers());
    }

    private SectionForm form(Section section) {
        return forms.computeIfAbsent(section.id(), id -> {
            SectionForm form = new SectionForm(section, reader, ruleBase.catalogue(), ruleBase.questionnaire());
            form.addAnswerChangedListener(e -> assessment.answer(e.question(), e.answer()));
            return form;
        });
    }

    @Override
    public String getPageTitle() {
        String step = current < 0 || current >= sections.size() ? "Review your answers" : sections.get(current).title();
        return step + " · Assessment · Locus";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        changes = assessment.addChangeListener(change -> {
            if (!change.dropped().isEmpty()) {
                Notifications.warning("Some saved answers no longer fit the questionnaire and were left out: "
                        + String.join(", ", change.dropped()) + ".");
            }
            if (change.origin() != CurrentAssessment.Origin.EDIT && current >= 0) {
                show(current);
            } else {
                // an answer may make later questions of the step apply, or stop applying
                if (current >= 0 && current < sections.size()) {
                    form(sections.get(current)).show(change.answers());
                }
                indicator.show(current, change.answers());
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        changes.remove();
    }
}
