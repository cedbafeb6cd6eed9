package org.locus.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.PageTitle;
import org.locus.ui.cases.CaseLibraryView;
import org.locus.ui.wizard.AssessmentView;

/**
 * An address that is no page of Locus: said in the app's own header and style, with the ways back, instead of
 * Vaadin's bare error text (which also names the framework's routes).
 */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found · Locus")
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    private static final int NOT_FOUND = 404;

    public NotFoundView() {
        addClassNames("page", "not-found");
        RouterLink start = new RouterLink("Start page", StartView.class);
        RouterLink assessment = new RouterLink("Your assessment", AssessmentView.class);
        RouterLink cases = new RouterLink("Case library", CaseLibraryView.class);
        for (RouterLink link : new RouterLink[] {start, assessment, cases}) {
            link.addClassName("button-link");
        }
        Div ways = new Div(start, assessment, cases);
        ways.addClassName("toolbar-actions");
        add(new H1("There is no such page"), new Paragraph("The address may be mistyped, or the page may have moved. "
                + "Your answers are safe in this browser."), ways);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return NOT_FOUND;
    }
}
