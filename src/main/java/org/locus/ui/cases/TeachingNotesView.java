package org.locus.ui.cases;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.ui.MainLayout;

/** A case's teaching notes alone, for the trainer's own screen while the presenter view is on the projector. */
@Route(value = "cases/:" + CaseView.CASE_ID + "/notes", layout = MainLayout.class)
public class TeachingNotesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseLibrary library;
    private LibraryCase libraryCase;

    public TeachingNotesView(CaseLibrary library) {
        this.library = library;
        addClassNames("page", "teaching-notes-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get(CaseView.CASE_ID).orElse("");
        libraryCase = library.find(id).orElse(null);
        if (libraryCase == null) {
            add(new H1("No such case"), new Paragraph("There is no case '" + id + "' in the library."));
            return;
        }
        Div notes = new Div(new H2("Teaching notes"), new Paragraph(libraryCase.teachingNotes()));
        notes.addClassName("teaching-notes");
        add(new H1(libraryCase.title()), notes);
    }

    @Override
    public String getPageTitle() {
        return "Teaching notes · " + (libraryCase == null ? "Case" : libraryCase.title()) + " · Locus";
    }
}
