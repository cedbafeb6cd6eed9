package org.locus.ui.results;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.locus.diagnosis.Diagnostician;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.report.MarkdownReport;
import org.locus.report.PdfBrief;
import org.locus.report.Subject;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import org.locus.rulebase.RuleBase;
import org.locus.ui.MainLayout;
import org.locus.ui.assessment.AnswersDownload;
import org.locus.ui.assessment.CurrentAssessment;
import org.locus.ui.Notifications;
import org.locus.ui.cases.CaseLibraryView;
import org.locus.ui.workbench.Workbench;
import org.locus.ui.wizard.AssessmentView;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The adviser's diagnosis of the answers in progress, explained and analysed (how firm, what if, why not, what to
 * answer next), on the same workbench as the trainer's: any answer can be changed here, any what-if the analysis
 * found tried with one click, and what moved is shown, without touching the assessment until the adviser keeps the
 * changed answers. It follows the answers as they are restored.
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
    private final TextField region = new TextField();
    private volatile String regionName;
    private final AnswersReader reader;
    private final Diagnostician diagnostician;
    private final Div bench = new Div();
    private final Button keep = new Button("Keep these answers", VaadinIcon.CHECK.create());
    private Workbench workbench;
    private Registration changes;

    public ResultsView(RuleBase ruleBase, Analyst analyst, CurrentAssessment assessment,
                       OpenQuestions openQuestions, AnswersReader reader, Diagnostician diagnostician) {
        this.ruleBase = ruleBase;
        this.analyst = analyst;
        this.assessment = assessment;
        this.openQuestions = openQuestions;
        this.reader = reader;
        this.diagnostician = diagnostician;
        addClassNames("page", "results");

        basis.addClassName("lead");
        Div intro = new Div(new H1("Diagnosis"), basis);
        intro.addClassName("page-intro");
        RouterLink change = new RouterLink("Change answers", AssessmentView.class,
                AssessmentView.stepParameters(AssessmentView.SUMMARY));
        change.addClassName("button-link");
        region.addValueChangeListener(e -> regionName = e.getValue());
        region.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        region.setPlaceholder("Region, for the brief");
        region.setAriaLabel("The region's name and period, printed on the brief and the report");
        region.setMaxLength(Subject.MAX_LENGTH);
        region.setClearButtonVisible(true);
        region.addClassName("brief-region");
        Div actions = new Div(change, new AnswersDownload(assessment::answers), region, briefDownload(), reportDownload());
        actions.addClassName("toolbar-actions");
        Div header = new Div(intro, actions);
        header.addClassName("page-header");
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keep.setId("keep-what-if");
        keep.setVisible(false);
        keep.addClickListener(e -> {
            // the what-if becomes the assessment; the change listener then renders it as the new reference
            assessment.replace(workbench.answers());
            Notifications.success("Your assessment now has these answers.");
        });
        add(header, note, keep, bench);
    }

    private Anchor reportDownload() {
        Anchor report = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = new MarkdownReport(ruleBase).render(analyst.analyse(assessment.answers()), subject(), Instant.now())
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

    /** The brief for a decision maker: the same analysed result, as a PDF. */
    private Anchor briefDownload() {
        Anchor brief = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = new PdfBrief(ruleBase).render(analyst.analyse(assessment.answers()), subject(), Instant.now());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "locus-brief.pdf", PdfBrief.MEDIA_TYPE,
                    bytes.length);
        }), AttachmentType.DOWNLOAD, "");
        brief.add(VaadinIcon.FILE_O.create());
        brief.add("Download brief (PDF)");
        brief.addClassName("button-link");
        brief.setId("download-brief");
        brief.getElement().setAttribute("title", "A brief for a decision maker: the summary on its first page, then "
                + "each recommendation, the findings, the open questions and a glossary");
        return brief;
    }

    /** The region as the adviser named it in the field; the download runs outside the UI's lock, so it is read there. */
    private Subject subject() {
        return new Subject(regionName, null);
    }

    private void render(Answers answers) {
        boolean empty = answers.size() == 0;
        bench.setVisible(!empty);
        keep.setVisible(false);
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
        // the questions that apply, given the answers: one that does not is not asked, so it is no open question
        int total = (int) ruleBase.questionnaire().questions().stream()
                .filter(q -> ruleBase.questionnaire().applies(q, answers)).count();
        int open = total - (int) ruleBase.questionnaire().questions().stream()
                .filter(q -> answers.isAnswered(q.id()) && ruleBase.questionnaire().applies(q, answers)).count();
        basis.setText("What local economic development (LED) and value chain promotion can do here, from "
                + (total - open) + " of " + total + " answers, with the knowledge base of "
                + ruleBase.edition().name() + ". Open any recommendation to see why it is made and how firmly it holds "
                + "its place; below them, what would change the top three and why the others are not in it.");
        note.removeAll();
        note.add(new OpenQuestionsNote(openQuestions.worthAnswering(answers, analysed), open, total));
        // the adviser's own workbench, the trainer's component: a what-if is tried on a copy of the answers
        workbench = new Workbench(ruleBase, diagnostician, analyst, reader, new Workbench.Reference(answers, analysed, Set.of(),
                "your answers", "you answered", "Back to your answers"));
        workbench.foldAnswers("What if? Change any answer here and see what moves (your assessment stays as it is)");
        workbench.addAnswersChangedListener(e -> keep.setVisible(workbench.changedAnswers() > 0));
        workbench.show(answers);
        bench.removeAll();
        bench.add(workbench);
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
