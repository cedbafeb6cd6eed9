package org.locus.ui.cases;

import org.locus.analysis.AnalysedDiagnosis;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.locus.analysis.AnswerChange;
import org.locus.analysis.Analyst;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.rulebase.RuleBase;
import org.locus.ui.MainLayout;
import org.locus.ui.assessment.CurrentAssessment;
import org.locus.ui.results.DiagnosisPanel;
import org.locus.ui.wizard.AssessmentView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One case: its story and teaching notes, then the trainer's workbench: its answers on the left, every one of them
 * changeable, and its results on the right, re-ranked at once with what moved since the case as written. Every
 * what-if, and every answer to the questions worth asking next, can be tried with one click.
 */
@Route(value = "cases/:" + CaseView.CASE_ID, layout = MainLayout.class)
public class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CASE_ID = "caseId";

    private final CaseLibrary library;
    private final CaseResults caseResults;
    private final Analyst analyst;
    private final RuleBase ruleBase;
    private final AnswersReader reader;
    private final CurrentAssessment assessment;
    private LibraryCase libraryCase;
    private Answers answers;
    private TrainerAnswers trainerAnswers;
    private final MovesPanel moves = new MovesPanel();
    private final NextQuestionsList nextQuestions = new NextQuestionsList();
    private DiagnosisPanel panel;
    private final Button reset = new Button("Back to the case as written", VaadinIcon.ROTATE_LEFT.create());

    public CaseView(CaseLibrary library, CaseResults caseResults, Analyst analyst, RuleBase ruleBase,
                    AnswersReader reader, CurrentAssessment assessment) {
        this.library = library;
        this.caseResults = caseResults;
        this.analyst = analyst;
        this.ruleBase = ruleBase;
        this.reader = reader;
        this.assessment = assessment;
        addClassNames("page", "case-page");
        reset.addClickListener(e -> showAnswers(libraryCase.answers()));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.setId("reset-case");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(CASE_ID).orElse("");
        libraryCase = library.find(id).orElse(null);
        if (libraryCase == null) {
            removeAll();
            add(new H1("No such case"), new Paragraph("There is no case '" + id + "' in the library."),
                    new RouterLink("Case library", CaseLibraryView.class));
            return;
        }
        build();
    }

    public static RouteParameters parameters(String caseId) {
        return new RouteParameters(CASE_ID, caseId);
    }

    private void build() {
        removeAll();
        RouterLink back = new RouterLink("Case library", CaseLibraryView.class);
        back.addClassName("breadcrumb");
        Paragraph meta = new Paragraph(libraryCase.place() + " · " + libraryCase.period() + " · " + libraryCase.sector());
        meta.addClassName("case-meta");
        Div intro = new Div(back, new H1(libraryCase.title()), meta);
        intro.addClassName("page-intro");

        Button openInWizard = new Button("Open in wizard", VaadinIcon.EDIT.create(), e -> openInWizard());
        openInWizard.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openInWizard.setId("open-in-wizard");
        RouterLink compare = new RouterLink("Compare with another case", CaseCompareView.class);
        compare.setQueryParameters(QueryParameters.of(CaseCompareView.LEFT, libraryCase.id()));
        compare.addClassName("button-link");
        Div actions = new Div(openInWizard, compare);
        actions.addClassName("toolbar-actions");
        Div header = new Div(intro, actions);
        header.addClassName("page-header");

        trainerAnswers = new TrainerAnswers(ruleBase.questionnaire(), reader, ruleBase.catalogue(), libraryCase);
        trainerAnswers.addAnswerChangedListener(e -> showAnswers(answers.with(e.question(), e.answer())));
        Paragraph how = new Paragraph("Change any answer and watch the recommendations re-rank on the right.");
        how.addClassName("hint");
        Section left = new Section(new H2("Answers: what if?"), how, reset, trainerAnswers);
        left.addClassName("workbench-answers");
        panel = new DiagnosisPanel(ruleBase);
        panel.addWhatIfChosenListener(e -> tryChanges(e.changes()));
        Section right = new Section(moves, nextQuestions, panel);
        right.addClassName("workbench-results");
        right.getElement().setAttribute("aria-label", "Results");
        Div workbench = new Div(left, right);
        workbench.addClassName("workbench");

        add(header, new CaseStory(libraryCase), workbench);
        showAnswers(libraryCase.answers());
    }

    private void showAnswers(Answers changed) {
        answers = changed;
        AnalysedDiagnosis asWritten = caseResults.of(libraryCase);
        AnalysedDiagnosis result = Objects.equals(answers, libraryCase.answers()) ? asWritten : analyst.analyse(answers);
        List<RankingMove> moved = RankingMove.between(asWritten.diagnosis().recommendations(),
                result.diagnosis().recommendations());
        Map<String, String> badges = new HashMap<>();
        moved.stream().filter(m -> m.badge() != null).forEach(m -> badges.put(m.recommendation(), m.badge()));
        trainerAnswers.show(answers);
        moves.show(moved, changedAnswers());
        nextQuestions.show(result.analysis().nextQuestions(), this::tryChanges);
        panel.show(result, badges);
        reset.setVisible(changedAnswers() > 0);
    }

    private void tryChanges(List<AnswerChange> changes) {
        Answers changed = answers;
        for (AnswerChange change : changes) {
            changed = change.applyTo(changed, reader);
        }
        showAnswers(changed);
        // the button may sit far down the results; bring up what moved, which is what the trainer wants to show
        moves.getElement().executeJs("this.scrollIntoView({block: 'start', behavior: 'smooth'})");
    }

    /** Answers the trainer changed; those dropped because their question no longer applies come with the change. */
    private int changedAnswers() {
        return (int) ruleBase.questionnaire().questions().stream()
                .filter(q -> ruleBase.questionnaire().applies(q, answers))
                .filter(q -> !Objects.equals(answers.get(q.id()), libraryCase.answers().get(q.id()))).count();
    }

    private void openInWizard() {
        Answers current = assessment.answers();
        if (current.size() == 0 || current.equals(answers)) {
            walkThrough();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog("Replace your answers?",
                "Your assessment in progress has " + current.size() + " answers. Opening this case in the wizard "
                        + "replaces them with the case's answers. Download yours first if you want to keep them.",
                "Replace and open", e -> walkThrough());
        dialog.setCancelable(true);
        dialog.setCancelText("Keep my answers");
        dialog.open();
    }

    private void walkThrough() {
        assessment.replace(answers);
        UI.getCurrent().navigate(AssessmentView.class);
    }

    @Override
    public String getPageTitle() {
        return (libraryCase == null ? "Case" : libraryCase.title()) + " · Case library · Locus";
    }
}
