package org.locus.ui.results;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.locus.analysis.AnswerChange;
import org.locus.analysis.RankChange;
import org.locus.analysis.WhatIf;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One what-if in words: the answers it changes, then what it does to the top three. Where the page lets the reader
 * try changes (the trainer's workbench), a button applies it.
 */
public class WhatIfItem extends Composite<ListItem> {

    /** {@code tryIt}: applies the changes; null where the page only reads. */
    public WhatIfItem(WhatIf whatIf, Consumer<List<AnswerChange>> tryIt) {
        ListItem item = getContent();
        item.addClassName("what-if");
        item.getElement().setAttribute("data-questions",
                whatIf.changes().stream().map(AnswerChange::question).collect(Collectors.joining(" ")));
        Span changes = new Span(describe(whatIf.changes()));
        changes.addClassName("what-if-changes");
        item.add(changes);
        if (tryIt != null) {
            Button apply = new Button("Try it", e -> tryIt.accept(whatIf.changes()));
            apply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            apply.addClassName("try-what-if");
            apply.getElement().setAttribute("title", "Change " + (whatIf.changes().size() == 1 ? "this answer" : "these answers")
                    + " in the case and re-rank");
            // many buttons read "Try it"; a screen reader hears which change each one makes
            apply.getElement().setAttribute("aria-label", "Try it: " + describe(whatIf.changes()));
            item.add(apply);
        }
        item.add(effects(whatIf.effects()));
    }

    /** "If “Q” were yes (now no) and “R” were don't know (now 4 of 5)". */
    public static String describe(List<AnswerChange> changes) {
        return "If " + changes.stream()
                .map(c -> "“" + c.questionText() + "” were " + c.toText() + " (now " + c.fromText() + ")")
                .collect(Collectors.joining(" and "));
    }

    /** "“Title” enters the top three at rank 2 (was not made)". */
    public static String describe(RankChange effect) {
        return "“" + effect.title() + "” " + effect.text();
    }

    private static UnorderedList effects(List<RankChange> effects) {
        UnorderedList list = new UnorderedList();
        list.addClassName("what-if-effects");
        for (RankChange effect : effects) {
            ListItem line = new ListItem(describe(effect));
            line.addClassName("effect-" + effect.effect());
            line.getElement().setAttribute("data-recommendation", effect.recommendation());
            list.add(line);
        }
        return list;
    }
}
