package org.locus.ui.cases;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;

/** One side of a comparison: the case, its ranking and its findings, compactly. */
class CaseColumn extends Composite<Section> {

    CaseColumn(LibraryCase libraryCase, DiagnosisResult result) {
        Section column = getContent();
        column.addClassName("case-column");
        column.getElement().setAttribute("data-case", libraryCase.id());
        RouterLink title = new RouterLink(libraryCase.title(), CaseView.class, CaseView.parameters(libraryCase.id()));
        Paragraph meta = new Paragraph(libraryCase.place() + " · " + libraryCase.period() + " · " + libraryCase.sector());
        meta.addClassName("case-meta");
        column.add(new H2(title), meta, new H3("Recommendations"), ranking(result), new H3("Findings"),
                findings(result));
    }

    private static Div ranking(DiagnosisResult result) {
        Div box = new Div();
        if (result.recommendations().isEmpty()) {
            box.add(new Paragraph("No recommendation."));
            return box;
        }
        OrderedList list = new OrderedList();
        list.addClassName("compact-ranking");
        for (DiagnosisResult.RecommendationResult r : result.recommendations()) {
            Span score = new Span("score " + r.score());
            score.getElement().getThemeList().add("badge contrast");
            ListItem item = new ListItem(new Span(r.title()), score);
            item.getElement().setAttribute("data-recommendation", r.id());
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private static Div findings(DiagnosisResult result) {
        Div box = new Div();
        if (result.findings().isEmpty()) {
            box.add(new Paragraph("No finding."));
            return box;
        }
        UnorderedList list = new UnorderedList();
        result.findings().forEach(f -> list.add(new ListItem(f.title())));
        box.add(list);
        return box;
    }
}
