package org.locus.ui.cases;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import org.locus.analysis.Analyst;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.Diagnostician;
import org.locus.questionnaire.AnswersReader;
import org.locus.rulebase.RuleBase;
import org.locus.ui.MainLayout;
import org.locus.ui.workbench.Workbench;

/**
 * A case for the projector ({@code /cases/<id>/present}): type large enough for the back of the room, the answers
 * and the live result side by side in one screen with "What moved" held at the top of the result, and the teaching
 * notes out of the projected view (folded here, and in a window of their own for the trainer's screen). The what-if
 * on show is in the address, so a reload or a link shows the same.
 */
@Route(value = "cases/:" + CaseView.CASE_ID + "/present", layout = MainLayout.class)
public class PresenterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseLibrary library;
    private final CaseResults caseResults;
    private final Analyst analyst;
    private final Diagnostician diagnostician;
    private final RuleBase ruleBase;
    private final AnswersReader reader;
    private LibraryCase libraryCase;

    public PresenterView(CaseLibrary library, CaseResults caseResults, Analyst analyst, Diagnostician diagnostician,
                         RuleBase ruleBase, AnswersReader reader) {
        this.library = library;
        this.caseResults = caseResults;
        this.analyst = analyst;
        this.diagnostician = diagnostician;
        this.ruleBase = ruleBase;
        this.reader = reader;
        addClassNames("page", "presenter");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get(CaseView.CASE_ID).orElse("");
        libraryCase = library.find(id).orElse(null);
        if (libraryCase == null) {
            add(new H1("No such case"), new Paragraph("There is no case '" + id + "' in the library."),
                    new RouterLink("Case library", CaseLibraryView.class));
            return;
        }
        RouterLink back = new RouterLink("Leave presenter mode", CaseView.class, CaseView.parameters(libraryCase.id()));
        back.addClassName("breadcrumb");
        Span meta = new Span(libraryCase.place() + " · " + libraryCase.period());
        meta.addClassName("case-meta");
        H1 title = new H1(libraryCase.title());
        Div intro = new Div(title, meta, back);
        intro.addClassName("presenter-intro");

        Details notes = new Details("Teaching notes (for you)", new Paragraph(libraryCase.teachingNotes()));
        notes.addClassName("presenter-notes");
        notes.setOpened(false);
        String notesPath = RouteConfiguration.forSessionScope().getUrl(TeachingNotesView.class,
                CaseView.parameters(libraryCase.id()));
        Anchor notesWindow = new Anchor(notesPath, "Notes in a window of their own");
        notesWindow.setTarget(AnchorTarget.BLANK);
        notesWindow.addClassName("button-link");
        notesWindow.setId("notes-window");
        notesWindow.getElement().setAttribute("title", "Open the teaching notes on your own screen, out of the "
                + "projected view");
        Div tools = new Div(notes, notesWindow);
        tools.addClassName("presenter-tools");
        Div header = new Div(intro, tools);
        header.addClassName("presenter-header");

        Workbench workbench = CaseWorkbench.of(ruleBase, diagnostician, analyst, reader, libraryCase, caseResults.of(libraryCase));
        workbench.addToAnswers(new H2("Answers: what if?"));
        add(header, workbench);
        CaseWorkbench.follow(workbench, ruleBase, reader, libraryCase, event.getLocation().getQueryParameters());
    }

    @Override
    public String getPageTitle() {
        return (libraryCase == null ? "Case" : libraryCase.title()) + " · Presenter · Locus";
    }
}
