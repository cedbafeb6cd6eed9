package org.locus.ui.cases;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.locus.cases.LibraryCase;
import org.locus.questionnaire.AnswerText;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Questionnaire;

import java.util.Objects;

/** The questions two cases answer differently, don't-know included, in questionnaire order. */
class AnswerDifferences extends Composite<Div> {

    AnswerDifferences(Questionnaire questionnaire, LibraryCase left, LibraryCase right) {
        getContent().addClassName("answer-differences");
        NativeTableBody body = new NativeTableBody();
        for (Question question : questionnaire.questions()) {
            if (!Objects.equals(left.answers().get(question.id()), right.answers().get(question.id()))) {
                NativeTableHeaderCell text = new NativeTableHeaderCell(question.text());
                text.getElement().setAttribute("scope", "row");
                NativeTableRow row = new NativeTableRow(text, new NativeTableCell(answer(question, left)),
                        new NativeTableCell(answer(question, right)));
                row.getElement().setAttribute("data-question", question.id());
                body.addRows(row);
            }
        }
        if (body.getRowCount() == 0) {
            getContent().add(new Paragraph("The two cases give the same answers."));
            return;
        }
        NativeTable table = new NativeTable(new NativeTableHeader(new NativeTableRow(column("Question"),
                column(left.place()), column(right.place()))), body);
        getContent().add(table);
    }

    private static String answer(Question question, LibraryCase libraryCase) {
        return libraryCase.answers().get(question.id()).map(a -> AnswerText.of(question, a)).orElse("don't know");
    }

    private static NativeTableHeaderCell column(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }
}
