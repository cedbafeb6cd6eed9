package org.locus.ui.results;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableFooter;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Scores;

/** A recommendation's score as the sum of its contributions: one row per finding, with its weight and rule. */
public class ScoreBreakdown extends NativeTable {

    public ScoreBreakdown(DiagnosisResult.RecommendationResult recommendation) {
        addClassName("score-breakdown");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText("How the score of " + Scores.text(recommendation.score()) + " adds up");
        add(caption);
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(new NativeTableRow(headerCell("Finding", "col"), headerCell("Weight", "col"),
                headerCell("Counts", "col"), headerCell("Rule", "col")));
        NativeTableBody body = new NativeTableBody();
        for (DiagnosisResult.Contribution c : recommendation.contributions()) {
            NativeTableCell weight = new NativeTableCell(signed(c.weight()));
            weight.addClassName(c.weight() < 0 ? "weight-against" : "weight-for");
            NativeTableCell counts = new NativeTableCell(Scores.signed(c.counted()) + countsNote(c));
            body.addRows(new NativeTableRow(new NativeTableCell(c.findingTitle()), weight, counts,
                    new NativeTableCell(c.rule() == null ? "" : c.rule())));
        }
        NativeTableFooter foot = new NativeTableFooter();
        foot.addRows(new NativeTableRow(headerCell("Score", "row"), new NativeTableCell(),
                new NativeTableCell(Scores.text(recommendation.score())), new NativeTableCell()));
        add(head, body, foot);
    }

    /** Why a contribution counts less than its weight: a provisional finding, or answers already counted. */
    static String countsNote(DiagnosisResult.Contribution c) {
        if (c.sameAnswersAs() != null) {
            return " (rests on the same answers as a stronger support)";
        }
        return c.status().equals("provisional") ? " (half: the finding is provisional)" : "";
    }

    static String signed(int weight) {
        return weight > 0 ? "+" + weight : Integer.toString(weight);
    }

    private static NativeTableHeaderCell headerCell(String text, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }
}
