package org.locus.ui.results;

import com.vaadin.flow.component.html.Span;
import org.locus.analysis.Robustness;

/** How firmly a recommendation holds its place in the top three, as one word with the reason on hover. */
public class RobustnessBadge extends Span {

    public RobustnessBadge(Robustness robustness) {
        super(robustness.label());
        addClassName("robustness");
        getElement().setAttribute("data-label", robustness.label());
        getElement().getThemeList().add(switch (robustness.label()) {
            case Robustness.ROBUST -> "badge success";
            case Robustness.SENSITIVE -> "badge";
            default -> "badge error";
        });
        getElement().setAttribute("title", reason(robustness));
    }

    /** The label in a sentence: what it counts. */
    public static String reason(Robustness robustness) {
        return switch (robustness.questions()) {
            case 0 -> "No single changed answer pushes it out of the top three.";
            case 1 -> "One question has an answer that alone pushes it out of the top three.";
            default -> robustness.questions() + " questions each have an answer that alone pushes it out of the top three.";
        };
    }
}
