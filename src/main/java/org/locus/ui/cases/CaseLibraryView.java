package org.locus.ui.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.ui.MainLayout;

import java.util.List;

/** The worked cases, one row each: where and when, which sector, and what Locus finds in it. */
@Route(value = "cases", layout = MainLayout.class)
@PageTitle("Case library · Locus")
public class CaseLibraryView extends Div {

    private static final List<String> COLUMNS = List.of("Place", "Period", "Sector", "Key findings");

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

        add(header, table(library, results));
    }

    /**
     * A plain table rather than a grid: 21 rows need no lazy loading, it is rendered with the page at once, and on a
     * phone each row folds into a card (locus.css) instead of scrolling sideways.
     */
    private static NativeTable table(CaseLibrary library, CaseResults results) {
        NativeTableRow head = new NativeTableRow();
        for (String column : COLUMNS) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(column);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        NativeTableBody body = new NativeTableBody();
        for (LibraryCase c : library.cases()) {
            NativeTableRow row = new NativeTableRow(
                    cell(COLUMNS.get(0), place(c)), cell(COLUMNS.get(1), new Span(c.period())),
                    cell(COLUMNS.get(2), new Span(c.sector())), cell(COLUMNS.get(3), keyFindings(results.of(c).diagnosis())));
            row.getElement().setAttribute("data-case", c.id());
            body.add(row);
        }
        NativeTable table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("case-table");
        table.getElement().setAttribute("aria-label", "Cases");
        return table;
    }

    private static NativeTableCell cell(String column, Component content) {
        NativeTableCell cell = new NativeTableCell(content);
        cell.getElement().setAttribute("data-column", column);
        return cell;
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
