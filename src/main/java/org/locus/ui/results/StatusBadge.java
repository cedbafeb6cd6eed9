package org.locus.ui.results;

import com.vaadin.flow.component.html.Span;

import java.util.List;

/**
 * Marks a provisional conclusion: one that rests on an unanswered question, on another provisional conclusion, or on
 * missing information. Established conclusions carry no badge, so the eye goes to what is still open.
 */
public class StatusBadge extends Span {

    /** A badge for a provisional conclusion; {@code settledBy} are the texts of the questions that would settle it. */
    public StatusBadge(List<String> settledBy) {
        super("provisional");
        getElement().getThemeList().add("badge");
        addClassName("status-provisional");
        String reason = settledBy.isEmpty()
                ? "Provisional: it rests on what is not known yet."
                : "Provisional: answering " + String.join(" and ", settledBy.stream().map(q -> "“" + q + "”").toList())
                        + " would confirm it or rule it out.";
        getElement().setAttribute("title", reason);
        getElement().setAttribute("aria-label", reason);
    }
}
