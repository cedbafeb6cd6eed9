package org.locus.ui.cases;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/**
 * What moved in the ranking since the case as written. A live region, so a screen reader hears the change that a
 * sighted class sees on the projector.
 */
class MovesPanel extends Composite<Div> {

    MovesPanel() {
        getContent().addClassName("moves");
        getContent().getElement().setAttribute("aria-live", "polite");
        getContent().setVisible(false);
    }

    /** {@code changedAnswers}: how many answers differ from the case as written. */
    void show(List<RankingMove> moves, int changedAnswers) {
        Div panel = getContent();
        panel.removeAll();
        panel.setVisible(changedAnswers > 0);
        if (changedAnswers == 0) {
            return;
        }
        panel.add(new H2("What moved"));
        String basis = changedAnswers == 1 ? "one changed answer" : changedAnswers + " changed answers";
        if (moves.isEmpty()) {
            panel.add(new Paragraph("With " + basis + ", the ranking is the same as in the case as written."));
            return;
        }
        panel.add(new Paragraph("With " + basis + ", compared with the case as written:"));
        UnorderedList list = new UnorderedList();
        for (RankingMove move : moves) {
            ListItem item = new ListItem(move.describe());
            item.addClassName("move-" + move.kind().name().toLowerCase(java.util.Locale.ROOT));
            item.getElement().setAttribute("data-recommendation", move.recommendation());
            list.add(item);
        }
        panel.add(list);
    }
}
