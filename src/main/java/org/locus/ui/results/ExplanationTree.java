package org.locus.ui.results;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.locus.explanation.TraceStep;

import java.util.List;

/**
 * Why something was concluded, as nested lists a screen reader can walk: each rule that fired, with the chapter
 * section it rests on, the answers it matched and the findings or situations it used, each of those explained in
 * turn down to the answers.
 */
public class ExplanationTree extends UnorderedList {

    public ExplanationTree(List<TraceStep> trace) {
        addClassName("explanation");
        trace.forEach(step -> add(step(step)));
    }

    private static ListItem step(TraceStep step) {
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
            Span kind = new Span(used.kind().equals("finding") ? "Finding" : "Situation");
            kind.addClassName("explanation-kind");
            Span title = new Span(used.title());
            title.addClassName("explanation-fact");
            ListItem fact = new ListItem(kind, title);
            if (used.status().equals("provisional")) {
                fact.add(new StatusBadge(List.of()));
            }
            if (!used.trace().isEmpty()) {
                fact.add(new ExplanationTree(used.trace()));
            }
            reasons.add(fact);
        }
        for (TraceStep.CitedAnswer answer : step.answers()) {
            Span kind = new Span("Answer");
            kind.addClassName("explanation-kind");
            Span question = new Span(answer.text());
            Span value = new Span(answer.answer());
            value.addClassName("explanation-answer");
            reasons.add(new ListItem(kind, question, value));
        }
        for (TraceStep.AwaitedAnswer awaited : step.awaiting()) {
            Span kind = new Span("Not answered yet");
            kind.addClassName("explanation-kind");
            Span question = new Span(awaited.text());
            ListItem item2 = new ListItem(kind, question);
            item2.addClassName("explanation-awaited");
            reasons.add(item2);
        }
        if (reasons.getChildren().findAny().isPresent()) {
            item.add(reasons);
        }
        return item;
    }
}
