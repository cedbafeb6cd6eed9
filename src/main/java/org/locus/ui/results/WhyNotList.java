package org.locus.ui.results;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.locus.analysis.AnswerChange;
import org.locus.analysis.WhyNot;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every recommendation outside the top three, folded: those ranked lower first, then those a change of answers would
 * bring in, then the rest. Opened, each says what weighs against it, which of its supporting rules do not apply and
 * what stands in their way, and which answer changes would bring it in.
 */
public class WhyNotList extends Composite<Div> {

    /** {@code tryIt}: applies a what-if, or null where the page only reads. */
    public WhyNotList(List<WhyNot> whyNots, Consumer<List<AnswerChange>> tryIt) {
        getContent().addClassName("why-nots");
        whyNots.stream().sorted(NEAREST_FIRST).forEach(w -> getContent().add(entry(w, tryIt)));
    }

    private static final Comparator<WhyNot> NEAREST_FIRST = Comparator
            .comparing((WhyNot w) -> w.rank() == null ? Integer.MAX_VALUE : w.rank())
            .thenComparing(w -> w.wouldBringIn().isEmpty());

    private static Details entry(WhyNot whyNot, Consumer<List<AnswerChange>> tryIt) {
        Span title = new Span(whyNot.title());
        title.addClassName("why-not-title");
        Span status = new Span(whyNot.rank() == null ? "not made" : "rank " + whyNot.rank());
        status.getElement().getThemeList().add("badge contrast");
        Details details = new Details(new Span(title, status));
        details.addClassName("why-not");
        details.getElement().setAttribute("data-recommendation", whyNot.recommendation());

        details.add(new Paragraph(statusSentence(whyNot)));
        if (!whyNot.counterEvidence().isEmpty()) {
            UnorderedList against = new UnorderedList();
            whyNot.counterEvidence().forEach(c -> against.add(new ListItem("“" + c.findingTitle() + "” ("
                    + c.weight() + ")" + (c.section() == null ? "" : " · " + c.section()))));
            details.add(new H4("Weighs against it"), against);
        }
        if (!whyNot.missingSupport().isEmpty()) {
            UnorderedList supports = new UnorderedList();
            for (WhyNot.Support support : whyNot.missingSupport()) {
                ListItem item = new ListItem(new Span("“" + support.findingTitle() + "” would add +" + support.weight()
                        + ", but " + rule(support.rule()) + " does not apply" + colon(support.rule())), obstacles(support.rule()));
                item.addClassName("missing-support");
                supports.add(item);
            }
            details.add(new H4("What it lacks"), supports);
        }
        if (!whyNot.wouldBringIn().isEmpty()) {
            UnorderedList changes = new UnorderedList();
            whyNot.wouldBringIn().forEach(w -> changes.add(new WhatIfItem(w, tryIt)));
            details.add(new H4("Changes that would bring it into the top three"), changes);
        }
        details.add(new Citation(whyNot.section(), List.of()));
        return details;
    }

    private static UnorderedList obstacles(WhyNot.RuleCheck check) {
        return obstacles(check.obstacles(), check.anyOneSuffices());
    }

    private static UnorderedList obstacles(List<WhyNot.Obstacle> obstacles, boolean anyOneSuffices) {
        UnorderedList list = new UnorderedList();
        list.addClassName(anyOneSuffices ? "obstacles-any" : "obstacles-all");
        for (WhyNot.Obstacle obstacle : obstacles) {
            ListItem item = new ListItem(new Span(obstacle.text()
                    + (obstacle.section() == null ? "" : " (" + obstacle.section() + ")")));
            item.addClassName("obstacle-" + obstacle.kind());
            if (obstacle.question() != null) {
                item.getElement().setAttribute("data-question", obstacle.question());
            }
            for (WhyNot.RuleCheck route : obstacle.wouldNeed()) {
                item.add(new Div(new Span("It could come from " + rule(route) + ", which lacks" + colon(route)), obstacles(route)));
            }
            if (!obstacle.alternatives().isEmpty()) {
                item.add(obstacles(obstacle.alternatives(), true));
            }
            list.add(item);
        }
        return list;
    }

    private static String colon(WhyNot.RuleCheck check) {
        return check.anyOneSuffices() ? " (any one of these would do):" : ":";
    }

    private static String rule(WhyNot.RuleCheck check) {
        return "the rule “" + check.rule() + "”";
    }

    /** The status as a sentence: "Ranked 5 with score 3, below the third (score 4)." */
    static String statusSentence(WhyNot whyNot) {
        String status = whyNot.status();
        return Character.toUpperCase(status.charAt(0)) + status.substring(1) + ".";
    }
}
