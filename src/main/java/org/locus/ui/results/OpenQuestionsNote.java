package org.locus.ui.results;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.locus.ui.wizard.AssessmentView;

import java.util.List;

/**
 * A note on what the don't-know answers leave open: how many there are and which of them matter most, each a link
 * to its question in the wizard. Shown when many answers are don't-know or when any of them bears on the top of the
 * result.
 */
public class OpenQuestionsNote extends Composite<Aside> {

    /** How many open questions the note lists. */
    static final int SHOWN = 5;

    public OpenQuestionsNote(List<OpenQuestions.OpenQuestion> worthAnswering, int unanswered, int total) {
        Aside note = getContent();
        note.addClassName("open-questions");
        note.getElement().setAttribute("aria-labelledby", "open-questions-heading");
        boolean many = unanswered * 3 >= total;
        note.setVisible(unanswered > 0 && (many || !worthAnswering.isEmpty()));
        H2 heading = new H2(unanswered + " of " + total + " questions are don't know");
        heading.setId("open-questions-heading");
        note.add(heading);
        if (worthAnswering.isEmpty()) {
            note.add(new Paragraph("None of them bears on the findings and recommendations below, but answering them "
                    + "may bring up others."));
            return;
        }
        note.add(new Paragraph("The result rests on the answers you gave. To sharpen it, answer these first:"));
        OrderedList list = new OrderedList();
        for (OpenQuestions.OpenQuestion open : worthAnswering.stream().limit(SHOWN).toList()) {
            RouterLink link = new RouterLink(open.question().text(), AssessmentView.class,
                    AssessmentView.stepParameters(open.question().sectionId()));
            link.setQueryParameters(QueryParameters.of(AssessmentView.QUESTION, open.question().id()));
            Span reason = new Span(" — " + open.reason());
            reason.addClassName("open-question-reason");
            ListItem item = new ListItem(link, reason);
            item.getElement().setAttribute("data-question", open.question().id());
            list.add(item);
        }
        note.add(list);
        if (worthAnswering.size() > SHOWN) {
            note.add(new Paragraph("…and " + (worthAnswering.size() - SHOWN) + " more that bear on it."));
        }
    }
}
