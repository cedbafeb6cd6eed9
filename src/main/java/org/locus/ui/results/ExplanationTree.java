package org.locus.ui.results;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.locus.explanation.TraceStep;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Why something was concluded, as nested lists a screen reader can walk: each rule that fired, with the chapter
 * section it rests on, the answers it matched and the findings or situations it used, each of those explained in
 * turn down to the answers. A fact explained once is not explained again in the same tree: later mentions say it
 * is explained above (in a cluster the quasi-hierarchy can otherwise be derived four times over in one reason).
 */
public class ExplanationTree extends UnorderedList {

    /** What the reasons of a rule are, in words rather than type tags. */
    static final String FINDING = "Because we found";
    static final String SITUATION = "Because the situation is";
    static final String ANSWER = "Because you answered";
    static final String AWAITED = "Not answered yet";
    static final String EXPLAINED_ABOVE = "explained above";

    public ExplanationTree(List<TraceStep> trace) {
        this(trace, new HashSet<>());
    }

    private ExplanationTree(List<TraceStep> trace, Set<String> explained) {
        addClassName("explanation");
        trace.forEach(step -> add(step(step, explained)));
    }

    private static ListItem step(TraceStep step, Set<String> explained) {
        Span rule = new Span(step.description() == null || step.description().isBlank() ? step.rule() : step.description());
        rule.addClassName("explanation-rule");
        Span section = new Span(step.section() == null ? "" : step.section());
        section.addClassName("explanation-section");
        ListItem item = new ListItem(rule, section);
        if (step.status().equals("provisional")) {
            item.addClassName("explanation-provisional");
        }
        UnorderedList reasons = new UnorderedList();
        for (TraceStep.UsedFact used : step.uses()) {
            Span kind = kind(used.kind().equals("finding") ? FINDING : SITUATION);
            Span title = new Span(used.title());
            title.addClassName("explanation-fact");
            ListItem fact = new ListItem(kind, title);
            if (used.status().equals("provisional")) {
                fact.add(new StatusBadge(List.of()));
            }
            if (!used.trace().isEmpty()) {
                if (explained.add(key(used))) {
                    fact.add(new ExplanationTree(used.trace(), explained));
                } else {
                    Span above = new Span(EXPLAINED_ABOVE);
                    above.addClassName("explanation-above");
                    fact.add(above);
                }
            }
            reasons.add(fact);
        }
        for (TraceStep.CitedAnswer answer : step.answers()) {
            Span question = new Span(answer.text());
            Span value = new Span(answer.answer());
            value.addClassName("explanation-answer");
            reasons.add(new ListItem(kind(ANSWER), question, value));
        }
        for (TraceStep.AwaitedAnswer awaited : step.awaiting()) {
            ListItem item2 = new ListItem(kind(AWAITED), new Span(awaited.text()));
            item2.addClassName("explanation-awaited");
            reasons.add(item2);
        }
        if (reasons.getChildren().findAny().isPresent()) {
            item.add(reasons);
        }
        return item;
    }

    private static Span kind(String words) {
        Span kind = new Span(words);
        kind.addClassName("explanation-kind");
        return kind;
    }

    static String key(TraceStep.UsedFact fact) {
        return fact.kind() + ":" + fact.id() + ":" + fact.value();
    }
}
