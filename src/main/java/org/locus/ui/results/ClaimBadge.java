package org.locus.ui.results;

import com.vaadin.flow.component.html.Span;
import org.locus.diagnosis.DiagnosisResult;

/** How firm the chapter's own claim behind a finding is, beside the finding, with the reason on hover. */
public class ClaimBadge extends Span {

    public ClaimBadge(DiagnosisResult.Claim claim) {
        super(label(claim));
        getElement().getThemeList().add("badge contrast");
        addClassName("claim");
        addClassName("claim-" + claim.strength());
        getElement().setAttribute("title", claim.note());
    }

    /** In words: "well established in the literature", "argued by the authors", "contested", "tentative". */
    static String label(DiagnosisResult.Claim claim) {
        return switch (claim.strength()) {
            case "well-established" -> "well established in the literature";
            case "argued" -> "argued by the authors";
            case "contested" -> "contested in the literature";
            default -> "tentative";
        };
    }
}
