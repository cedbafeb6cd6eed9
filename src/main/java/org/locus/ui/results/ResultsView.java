package org.locus.ui.results;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import org.locus.analysis.Analyst;
import org.locus.analysis.AnalysedDiagnosis;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.questionnaire.Answers;
import org.locus.report.MarkdownReport;
import org.locus.rulebase.RuleBase;
import org.locus.ui.MainLayout;
import org.locus.ui.assessment.AnswersDownload;
import org.locus.ui.assessment.CurrentAssessment;
import org.locus.ui.cases.CaseLibraryView;
import org.locus.ui.wizard.AssessmentView;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The adviser's diagnosis of the answers in progress, explained and analysed (how firm, what if, why not, what to
 * answer next); it follows the answers as they are restored.
 */
@Route(value = ResultsView.PATH, layout = MainLayout.class)
@PageTitle("Diagnosis · Locus")
public class ResultsView extends Div {

    public static final String PATH = "assessment/results";

    private final RuleBase ruleBase;
    private final Analyst analyst;
    private final CurrentAssessment assessment;
    private final OpenQuestions openQuestions;
    private final Paragraph basis = new Paragraph();
    private final Div note = new Div();
    private final DiagnosisPanel panel;
    private Registration changes;

    public ResultsView(RuleBase ruleBase, Analyst analyst, CurrentAssessment assessment,
                       OpenQuestions openQuestions) {
        this.ruleBase = ruleBase;
        this.analyst = analyst;
        this.assessment = assessment;
        this.openQuestions = openQuestions;
        this.panel = new DiagnosisPanel(ruleBase);
        addClassNames("page", "results");

        basis.addClassName("lead");
        Div intro = new Div(new H1("Diagnosis"), basis);
        intro.addClassName("page-intro");
        RouterLink change = new RouterLink("Change answers", AssessmentView.class,
                AssessmentView.stepParameters(AssessmentView.SUMMARY));
        change.addClassName("button-link");
        Div actions = new Div(change, new AnswersDownload(assessment::answers), reportDownload());
        actions.addClassName("toolbar-actions");
        Div header = new Div(intro, actions);
        header.addClassName("page-header");
        add(header, note, panel);
    }

    private Anchor reportDownload() {
        Anchor report = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = new MarkdownReport(ruleBase).render(analyst.analyse(assessment.answers()))
                    .getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "locus-diagnosis.md", "text/markdown",
                    bytes.length);
        }), AttachmentType.DOWNLOAD, "");
        report.add(VaadinIcon.FILE_TEXT_O.create());
        report.add("Download report");
        report.addClassName("button-link");
        report.getElement().setAttribute("title", "The diagnosis with its reasons as a Markdown document");
        return report;
    }

    private void render(Answers answers) {
        boolean empty = answers.size() == 0;
        panel.setVisible(!empty);
        if (empty) {
            // a diagnosis "from 0 of 63 answers" is all defaults and tells the adviser nothing; say where to begin
            basis.setText("There are no answers in this browser yet, so there is nothing to diagnose.");
            note.removeAll();
            RouterLink start = new RouterLink("Start the assessment", AssessmentView.class);
            start.addClassName("button-link");
            RouterLink cases = new RouterLink("Or try a worked case", CaseLibraryView.class);
            cases.addClassName("button-link");
            Div ways = new Div(start, cases);
            ways.addClassNames("toolbar-actions", "no-answers");
            note.add(new Paragraph("Answer what you know about a place (don't know is always allowed), or upload "
                    + "answers you downloaded before, and the diagnosis appears here."), ways);
            return;
        }
        AnalysedDiagnosis analysed = analyst.analyse(answers);
        DiagnosisResult result = analysed.diagnosis();
        int total = ruleBase.questionnaire().questions().size();
        basis.setText("From " + (total - result.unanswered().size()) + " of " + total + " answers, with rule base "
                + result.ruleBaseVersion() + ". Open any recommendation to see why it is made and how firmly it holds "
                + "its place; below them, what would change the top three and why the others are not in it.");
        note.removeAll();
        note.add(new OpenQuestionsNote(openQuestions.worthAnswering(answers, analysed), result.unanswered().size(), total));
        panel.show(analysed);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        render(assessment.answers());
        changes = assessment.addChangeListener(change -> render(change.answers()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        changes.remove();
    }
}
