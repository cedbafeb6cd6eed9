package org.locus.ui.cases;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.knowledge.Catalogue;

import java.util.List;

/** The situations of two cases, aspect by aspect in one table, so that the differences line up. */
class SituationComparison extends NativeTable {

    SituationComparison(Catalogue catalogue, String leftName, DiagnosisResult left, String rightName,
                        DiagnosisResult right) {
        addClassName("situation-comparison");
        add(new NativeTableHeader(new NativeTableRow(header("Situation", "col"), header(leftName, "col"),
                header(rightName, "col"))));
        NativeTableBody body = new NativeTableBody();
        for (Catalogue.SituationAspect aspect : catalogue.situations()) {
            NativeTableRow row = new NativeTableRow(header(aspect.title(), "row"), new NativeTableCell(labels(left, aspect)),
                    new NativeTableCell(labels(right, aspect)));
            row.getElement().setAttribute("data-aspect", aspect.id());
            body.addRows(row);
        }
        add(body);
    }

    private static String labels(DiagnosisResult result, Catalogue.SituationAspect aspect) {
        List<DiagnosisResult.SituationValue> values = result.situation().getOrDefault(aspect.id(), List.of());
        return values.isEmpty() ? "not determined"
                : String.join("; ", values.stream().map(DiagnosisResult.SituationValue::label).toList());
    }

    private static NativeTableHeaderCell header(String text, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }
}
