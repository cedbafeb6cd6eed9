package org.locus.ui.cases;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.locus.analysis.Analyst;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.Diagnostician;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.rulebase.RuleBase;
import org.locus.ui.MainLayout;
import org.locus.ui.assessment.CurrentAssessment;
import org.locus.ui.workbench.Workbench;
import org.locus.ui.wizard.AssessmentView;


/**
 * One case: its story and teaching notes, then the trainer's workbench: its answers on the left, every one of them
 * changeable, and its results on the right, re-ranked at once with what moved since the case as written. Every
 * what-if, and every answer to the questions worth asking next, can be tried with one click; the what-if on show is
 * in the address, so a reload or a shared link shows it again.
 */
@Route(value = "cases/:" + CaseView.CASE_ID, layout = MainLayout.class)
public class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CASE_ID = "caseId";

    private final CaseLibrary library;
    private final CaseResults caseResults;
    private final Analyst analyst;
    private final Diagnostician diagnostician;
    private final RuleBase ruleBase;
    private final AnswersReader reader;
    private final CurrentAssessment assessment;
    private LibraryCase libraryCase;
    private Workbench workbench;

    public CaseView(CaseLibrary library, CaseResults caseResults, Analyst analyst, Diagnostician diagnostician,
                    RuleBase ruleBase, AnswersReader reader, CurrentAssessment assessment) {
        this.library = library;
        this.caseResults = caseResults;
        this.analyst = analyst;
        this.diagnostician = diagnostician;
        this.ruleBase = ruleBase;
        this.reader = reader;
        this.assessment = assessment;
        addClassNames("page", "case-page");
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
        build(event.getLocation().getQueryParameters());
    }

    public static RouteParameters parameters(String caseId) {
        return new RouteParameters(CASE_ID, caseId);
    }

    private void build(QueryParameters query) {
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
        RouterLink present = new RouterLink("Present", PresenterView.class, parameters(libraryCase.id()));
        present.addClassName("button-link");
        present.setId("present-case");
        present.getElement().setAttribute("title", "Large type for a projector, the answers beside the result, the "
                + "teaching notes out of the projected view");
        RouterLink compare = new RouterLink("Compare with another case", CaseCompareView.class);
        compare.setQueryParameters(CaseCompareView.parameters(libraryCase.id(), CaseCompareView.pairFor(library, libraryCase).id()));
        compare.addClassName("button-link");
        Div actions = new Div(openInWizard, present, compare);
        actions.addClassName("toolbar-actions");
        Div header = new Div(intro, actions);
        header.addClassName("page-header");

        workbench = CaseWorkbench.of(ruleBase, diagnostician, analyst, reader, libraryCase, caseResults.of(libraryCase));
        Paragraph how = new Paragraph("Change any answer and watch the recommendations re-rank on the right.");
        how.addClassName("hint");
        workbench.addToAnswers(new H2("Answers: what if?"), how);
        add(header, new CaseStory(libraryCase), workbench);
        CaseWorkbench.follow(workbench, ruleBase, reader, libraryCase, query);
    }

    private void openInWizard() {
        Answers current = assessment.answers();
        Answers answers = workbench.answers();
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
        assessment.replace(workbench.answers());
        UI.getCurrent().navigate(AssessmentView.class);
    }

    @Override
    public String getPageTitle() {
        return (libraryCase == null ? "Case" : libraryCase.title()) + " · Case library · Locus";
    }
}
