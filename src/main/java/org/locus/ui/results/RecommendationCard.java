package org.locus.ui.results;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.locus.analysis.Analysis;
import org.locus.analysis.AnswerChange;
import org.locus.analysis.Robustness;
import org.locus.analysis.WhatIf;
import org.locus.analysis.WhyNot;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Scores;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One ranked recommendation: rank, title and score at a glance; opened, its summary, why it is made (the explanation
 * down to the answers), how its score adds up, what would change its place (for an analysed diagnosis: how firmly
 * one of the top three holds it, or what would bring one ranked lower into them) and where the chapter says so.
 */
public class RecommendationCard extends Composite<Details> {

    private final DiagnosisResult.RecommendationResult recommendation;

    /** How many changes the card lists; the What-if and Why-not sections have them all. */
    static final int CHANGES_SHOWN = 3;

    /**
     * @param movement how the recommendation moved since a reference ranking ("new", "up 2"), or null
     * @param analysis the analysis of the diagnosis, or null when it was not analysed
     * @param tryIt    applies a what-if, or null where the page only reads
     * @param questionTexts the texts of questions, by id
     */
    public RecommendationCard(DiagnosisResult.RecommendationResult recommendation, String movement,
                              Analysis analysis, Consumer<List<AnswerChange>> tryIt,
                              Function<List<String>, List<String>> questionTexts) {
        this.recommendation = recommendation;
        Robustness robustness = analysis == null ? null : analysis.robustness().stream()
                .filter(r -> r.recommendation().equals(recommendation.id())).findFirst().orElse(null);
        WhyNot whyNot = analysis == null ? null : analysis.whyNot().stream()
                .filter(w -> w.recommendation().equals(recommendation.id())).findFirst().orElse(null);
        Details details = getContent();
        details.addClassName("recommendation");
        details.getElement().setAttribute("data-recommendation", recommendation.id());

        Span rank = new Span(Integer.toString(recommendation.rank()));
        rank.addClassName("rank");
        rank.getElement().setAttribute("aria-label", "Rank " + recommendation.rank());
        Span title = new Span(recommendation.title());
        title.addClassName("recommendation-title");
        Span score = new Span("score " + Scores.text(recommendation.score()));
        score.getElement().getThemeList().add("badge contrast");
        score.addClassName("score");
        Div summary = new Div(rank, title, score);
        if (movement != null) {
            Span moved = new Span(movement);
            moved.getElement().getThemeList().add(movement.startsWith("down") ? "badge error" : "badge success");
            moved.addClassName("movement");
            summary.add(moved);
        }
        if (!recommendation.established()) {
            summary.add(new StatusBadge(List.of()));
            details.addClassName("recommendation-provisional");
        }
        if (robustness != null) {
            summary.add(new RobustnessBadge(robustness));
        }
        summary.addClassName("recommendation-summary");
        details.setSummary(summary);

        Paragraph text = new Paragraph(recommendation.summary());
        text.addClassName("recommendation-text");
        Paragraph actor = new Paragraph("Who acts: " + recommendation.actor().label());
        actor.addClassName("recommendation-actor");
        details.add(text, actor);
        if (!recommendation.established()) {
            Paragraph provisional = new Paragraph("Provisional: it rests only on provisional findings"
                    + (recommendation.doubts().isEmpty() ? "" : ", and it " + String.join("; it ", recommendation.doubts()))
                    + ". Answering the questions under Findings would settle it.");
            provisional.addClassName("recommendation-doubts");
            details.add(provisional);
        } else if (!recommendation.doubts().isEmpty()) {
            Paragraph doubts = new Paragraph("In doubt: it " + String.join("; it ", recommendation.doubts()) + ".");
            doubts.addClassName("recommendation-doubts");
            details.add(doubts);
        }
        details.add(
                new H4("Why"), new ExplanationTree(recommendation.trace()),
                new H4("Score"), new ScoreBreakdown(recommendation));
        if (!recommendation.after().isEmpty()) {
            UnorderedList first = new UnorderedList();
            for (DiagnosisResult.Before before : recommendation.after()) {
                first.add(new ListItem(before.kind().equals("recommendation")
                        ? "“" + before.title() + "” (rank " + before.rank() + ") comes before it in the chapter's order"
                        : "Settle " + before.title().toLowerCase(java.util.Locale.ROOT) + " first"
                                + (before.questions().isEmpty() ? "" : ": answer " + String.join(" and ",
                                questionTexts.apply(before.questions()).stream().map(q -> "“" + q + "”").toList()))));
            }
            first.addClassName("recommendation-order");
            details.add(new H4("First"), first);
        }
        UnorderedList watch = new UnorderedList();
        recommendation.watch().forEach(w -> watch.add(new ListItem(w)));
        watch.addClassName("recommendation-watch");
        details.add(new H4("Watch"), watch);
        if (robustness != null) {
            details.add(new H4("How firm"), firmness(robustness, tryIt));
        }
        if (whyNot != null) {
            details.add(new H4("What would change it"), intoTheTopThree(whyNot, tryIt));
        }
        details.add(new Citation(recommendation.section(), recommendation.cites()));
    }

    private static Div firmness(Robustness robustness, Consumer<List<AnswerChange>> tryIt) {
        Div firmness = new Div(new Paragraph(RobustnessBadge.reason(robustness)));
        firmness.addClassName("firmness");
        addChanges(firmness, robustness.changes(), tryIt, "more such changes under What if.");
        return firmness;
    }

    private static Div intoTheTopThree(WhyNot whyNot, Consumer<List<AnswerChange>> tryIt) {
        Div into = new Div(new Paragraph(WhyNotList.statusSentence(whyNot) + " "
                + (whyNot.wouldBringIn().isEmpty()
                ? "No change of one or two answers brings it into the top three; Why not the others says what it lacks."
                : "These changes would bring it into the top three:")));
        into.addClassName("firmness");
        addChanges(into, whyNot.wouldBringIn(), tryIt, "more under Why not the others.");
        return into;
    }

    private static void addChanges(Div to, List<WhatIf> whatIfs, Consumer<List<AnswerChange>> tryIt, String more) {
        if (whatIfs.isEmpty()) {
            return;
        }
        UnorderedList changes = new UnorderedList();
        whatIfs.stream().limit(CHANGES_SHOWN).forEach(w -> changes.add(new WhatIfItem(w, tryIt)));
        to.add(changes);
        if (whatIfs.size() > CHANGES_SHOWN) {
            to.add(new Paragraph("…and " + (whatIfs.size() - CHANGES_SHOWN) + " " + more));
        }
    }

    public DiagnosisResult.RecommendationResult recommendation() {
        return recommendation;
    }

    public void setOpened(boolean opened) {
        getContent().setOpened(opened);
    }
}
