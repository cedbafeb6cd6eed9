package org.locus.ui.results;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.locus.diagnosis.DiagnosisResult;

/**
 * One ranked recommendation: rank, title and score at a glance; opened, its summary, why it is made (the explanation
 * down to the answers), how its score adds up, and where the chapter says so.
 */
public class RecommendationCard extends Composite<Details> {

    private final DiagnosisResult.RecommendationResult recommendation;

    /** {@code movement}: how the recommendation moved since a reference ranking ("new", "up 2"), or null. */
    public RecommendationCard(DiagnosisResult.RecommendationResult recommendation, String movement) {
        this.recommendation = recommendation;
        Details details = getContent();
        details.addClassName("recommendation");
        details.getElement().setAttribute("data-recommendation", recommendation.id());

        Span rank = new Span(Integer.toString(recommendation.rank()));
        rank.addClassName("rank");
        rank.getElement().setAttribute("aria-label", "Rank " + recommendation.rank());
        Span title = new Span(recommendation.title());
        title.addClassName("recommendation-title");
        Span score = new Span("score " + recommendation.score());
        score.getElement().getThemeList().add("badge contrast");
        score.addClassName("score");
        Div summary = new Div(rank, title, score);
        if (movement != null) {
            Span moved = new Span(movement);
            moved.getElement().getThemeList().add(movement.startsWith("down") ? "badge error" : "badge success");
            moved.addClassName("movement");
            summary.add(moved);
        }
        summary.addClassName("recommendation-summary");
        details.setSummary(summary);

        Paragraph text = new Paragraph(recommendation.summary());
        text.addClassName("recommendation-text");
        details.add(text,
                new H4("Why"), new ExplanationTree(recommendation.trace()),
                new H4("Score"), new ScoreBreakdown(recommendation),
                new Citation(recommendation.section(), recommendation.cites()));
    }

    public DiagnosisResult.RecommendationResult recommendation() {
        return recommendation;
    }

    public void setOpened(boolean opened) {
        getContent().setOpened(opened);
    }
}
