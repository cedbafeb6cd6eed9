package org.locus.ui.workbench;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.Locale;

/**
 * What moved since the reference answers (the case as written, or the adviser's own): ranks, scores and findings. A
 * live region, so a screen reader hears the change that a sighted class sees on the projector.
 */
public class MovesPanel extends Composite<Div> {

    private final String reference;

    /** {@code reference} names what the result is compared with: "the case as written", "your answers". */
    public MovesPanel(String reference) {
        this.reference = reference;
        getContent().addClassName("moves");
        getContent().getElement().setAttribute("aria-live", "polite");
        getContent().setVisible(false);
    }

    /** {@code changedAnswers}: how many answers differ from the reference. */
    public void show(WhatMoved moved, int changedAnswers) {
        Div panel = getContent();
        panel.removeAll();
        panel.setVisible(changedAnswers > 0);
        if (changedAnswers == 0) {
            return;
        }
        panel.add(new H2("What moved"));
        String basis = changedAnswers == 1 ? "one changed answer" : changedAnswers + " changed answers";
        if (moved.isEmpty()) {
            panel.add(new Paragraph("With " + basis + ", the ranking, its scores and the findings are the same as with "
                    + reference + "."));
            return;
        }
        panel.add(new Paragraph("With " + basis + ", compared with " + reference + ":"));
        UnorderedList list = new UnorderedList();
        for (RankingMove move : moved.ranks()) {
            list.add(item(move.describe(), "move-" + move.kind().name().toLowerCase(Locale.ROOT), move.recommendation(),
                    "data-recommendation"));
        }
        for (WhatMoved.ScoreChange change : moved.scores()) {
            list.add(item(change.describe(), change.after() > change.before() ? "move-score-up" : "move-score-down",
                    change.recommendation(), "data-score-of"));
        }
        for (WhatMoved.FindingChange change : moved.findings()) {
            list.add(item(change.describe(), change.gained() ? "move-finding-gained" : "move-finding-lost",
                    change.finding(), "data-finding"));
        }
        panel.add(list);
    }

    private static ListItem item(String text, String className, String id, String attribute) {
        ListItem item = new ListItem(text);
        item.addClassName(className);
        item.getElement().setAttribute(attribute, id);
        return item;
    }
}
