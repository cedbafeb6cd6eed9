package org.locus.ui.workbench;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.locus.analysis.AnswerChange;
import org.locus.analysis.NextQuestion;
import org.locus.questionnaire.AnswersReader;
import org.locus.ui.results.WhatIfItem;

import java.util.List;
import java.util.function.Consumer;

/**
 * The case's don't-know questions that could change its top three, most telling first, each with what every possible
 * answer would do and a button to try it: the trainer's "what would you ask next?". Folded, so the ranking stays in
 * sight until the trainer asks.
 */
public class NextQuestionsList extends Composite<Details> {

    public static final int SHOWN = 3;

    NextQuestionsList() {
        getContent().addClassName("next-questions");
        getContent().setOpened(false);
    }

    void show(List<NextQuestion> nextQuestions, Consumer<List<AnswerChange>> tryIt) {
        Details content = getContent();
        content.removeAll();
        content.setVisible(!nextQuestions.isEmpty());
        content.setSummary(new H2("Answer these first"));
        content.add(new Paragraph(nextQuestions.size() == 1
                ? "One don't-know question could change the top three. What each answer would do:"
                : nextQuestions.size() + " don't-know questions could change the top three. The most telling, with "
                + "what each answer would do:"));
        OrderedList list = new OrderedList();
        for (NextQuestion next : nextQuestions.stream().limit(SHOWN).toList()) {
            UnorderedList answers = new UnorderedList();
            next.answers().forEach(answer -> answers.add(possibleAnswer(next, answer, tryIt)));
            ListItem item = new ListItem(new Span(next.text()), answers);
            item.getElement().setAttribute("data-question", next.question());
            list.add(item);
        }
        content.add(list);
    }

    private static ListItem possibleAnswer(NextQuestion next, NextQuestion.PossibleAnswer answer,
                                           Consumer<List<AnswerChange>> tryIt) {
        AnswerChange change = new AnswerChange(next.question(), next.text(), next.section(), AnswersReader.UNKNOWN,
                "don't know", answer.value(), answer.text());
        Button apply = new Button("“" + answer.text() + "”", e -> tryIt.accept(List.of(change)));
        apply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        apply.addClassName("try-answer");
        apply.getElement().setAttribute("title", "Try the answer “" + answer.text() + "” and re-rank");
        Span effect = new Span("→ " + (answer.effects().isEmpty() ? "the top three stay as they are"
                : String.join("; ", answer.effects().stream().map(WhatIfItem::describe).toList())));
        ListItem item = new ListItem(apply, effect);
        item.getElement().setAttribute("data-value", String.valueOf(answer.value()));
        return item;
    }
}
