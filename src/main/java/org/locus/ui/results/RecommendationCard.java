package org.locus.ui.results;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.locus.analysis.AnswerChange;
import org.locus.analysis.Robustness;
import org.locus.diagnosis.DiagnosisResult;

import java.util.List;
import java.util.function.Consumer;

/**
 * One ranked recommendation: rank, title and score at a glance; opened, its summary, why it is made (the explanation
 * down to the answers), how its score adds up, how firmly it holds its place (for the top three of an analysed
 * diagnosis) and where the chapter says so.
 */
public class RecommendationCard extends Composite<Details> {

    private final DiagnosisResult.RecommendationResult recommendation;

    /** How many of the changes that push it out the card lists; the What-if section has them all. */
    static final int CHANGES_SHOWN = 3;

    /**
     * @param movement   how the recommendation moved since a reference ranking ("new", "up 2"), or null
     * @param robustness how firmly it holds its place in the top three, or null when not analysed or not in them
     * @param tryIt      applies a what-if, or null where the page only reads
     */
    public RecommendationCard(DiagnosisResult.RecommendationResult recommendation, String movement,
                              Robustness robustness, Consumer<List<AnswerChange>> tryIt) {
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
        if (robustness != null) {
            summary.add(new RobustnessBadge(robustness));
        }
        summary.addClassName("recommendation-summary");
        details.setSummary(summary);

        Paragraph text = new Paragraph(recommendation.summary());
        text.addClassName("recommendation-text");
        details.add(text,
                new H4("Why"), new ExplanationTree(recommendation.trace()),
                new H4("Score"), new ScoreBreakdown(recommendation));
        if (robustness != null) {
            details.add(new H4("How firm"), firmness(robustness, tryIt));
        }
        details.add(new Citation(recommendation.section(), recommendation.cites()));
    }

    private static Div firmness(Robustness robustness, Consumer<List<AnswerChange>> tryIt) {
        Div firmness = new Div(new Paragraph(RobustnessBadge.reason(robustness)));
        firmness.addClassName("firmness");
        if (robustness.changes().isEmpty()) {
            return firmness;
        }
        UnorderedList changes = new UnorderedList();
        robustness.changes().stream().limit(CHANGES_SHOWN).forEach(w -> changes.add(new WhatIfItem(w, tryIt)));
        firmness.add(changes);
        if (robustness.changes().size() > CHANGES_SHOWN) {
            firmness.add(new Paragraph("…and " + (robustness.changes().size() - CHANGES_SHOWN)
                    + " more such changes under What if."));
        }
        return firmness;
    }

    public DiagnosisResult.RecommendationResult recommendation() {
        return recommendation;
    }

    public void setOpened(boolean opened) {
        getContent().setOpened(opened);
    }
}
