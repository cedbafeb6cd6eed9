package org.locus.ui.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.ui.MainLayout;

/** The worked cases, one row each: where and when, which sector, and what Locus finds in it. */
@Route(value = "cases", layout = MainLayout.class)
@PageTitle("Case library · Locus")
public class CaseLibraryView extends Div {

    public CaseLibraryView(CaseLibrary library, CaseResults results) {
        addClassNames("page", "case-library");
        Paragraph lead = new Paragraph("Regions the chapter discusses, each with its answers, sources and teaching "
                + "notes. Open a case to walk through it, change its answers in front of a class, or compare it with "
                + "another.");
        lead.addClassName("lead");
        Div intro = new Div(new H1("Case library"), lead);
        intro.addClassName("page-intro");
        Div header = new Div(intro, new ComparePicker(library.cases()));
        header.addClassName("page-header");

        Grid<LibraryCase> grid = new Grid<>();
        grid.setItems(library.cases());
        grid.addComponentColumn(CaseLibraryView::place).setHeader("Place").setFlexGrow(3).setKey("place");
        grid.addColumn(LibraryCase::period).setHeader("Period").setFlexGrow(2).setKey("period");
        grid.addColumn(LibraryCase::sector).setHeader("Sector").setFlexGrow(2).setKey("sector");
        grid.addComponentColumn(c -> keyFindings(results.of(c).diagnosis())).setHeader("Key findings").setFlexGrow(5)
                .setKey("findings");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Cases");
        grid.addClassName("case-grid");
        add(header, grid);
    }

    private static Component place(LibraryCase c) {
        RouterLink link = new RouterLink(c.place(), CaseView.class, CaseView.parameters(c.id()));
        link.addClassName("case-link");
        Span title = new Span(c.title());
        title.addClassName("case-title");
        return new Div(link, title);
    }

    private static Component keyFindings(DiagnosisResult result) {
        if (result.findings().isEmpty()) {
            return new Span("No finding");
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("key-findings");
        result.findings().forEach(f -> list.add(new ListItem(f.title())));
        return list;
    }
}
