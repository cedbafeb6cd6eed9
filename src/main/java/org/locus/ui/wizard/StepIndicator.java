package org.locus.ui.wizard;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Questionnaire;
import org.locus.questionnaire.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the adviser is: "Step 3 of 8" with a progress bar, and every step as a link with how many of its questions
 * are answered, so any step is one click (or one Tab and Enter) away.
 */
class StepIndicator extends Composite<Nav> {

    private final Questionnaire questionnaire;
    private final List<Section> sections;
    private final Span position = new Span();
    private final Span answered = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final List<ListItem> items = new ArrayList<>();
    private final List<Span> counts = new ArrayList<>();

    StepIndicator(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        this.sections = questionnaire.sections();
        Nav nav = getContent();
        nav.addClassName("step-indicator");
        nav.getElement().setAttribute("aria-label", "Assessment steps");
        position.setId("step-position");
        position.addClassName("step-position");
        answered.addClassName("step-answered");
        progress.getElement().setAttribute("aria-labelledby", "step-position");
        OrderedList list = new OrderedList();
        for (int i = 0; i < sections.size(); i++) {
            Span count = new Span();
            count.addClassName("step-count");
            counts.add(count);
            list.add(item(link(sections.get(i).title(), sections.get(i).id()), count));
        }
        list.add(item(link("Review and diagnose", AssessmentView.SUMMARY), new Span()));
        nav.add(new Div(position, answered), progress, list);
    }

    /** The title is its own span, so that a phone can show the steps as a row of numbers and keep the titles for
     *  screen readers. */
    private static RouterLink link(String title, String step) {
        RouterLink link = new RouterLink("", AssessmentView.class, AssessmentView.stepParameters(step));
        Span text = new Span(title);
        text.addClassName("step-title");
        link.add(text);
        link.getElement().setAttribute("title", title);
        return link;
    }

    private ListItem item(RouterLink link, Span count) {
        ListItem item = new ListItem(link, count);
        items.add(item);
        return item;
    }

    /** Marks step {@code current} (0-based; the summary is the last) and counts the answers per section. */
    void show(int current, Answers answers) {
        // the steps are the sections, as the start page counts them; the review after them is no step of its own
        position.setText(current >= sections.size() ? "Review: all " + sections.size() + " steps"
                : "Step " + (current + 1) + " of " + sections.size());
        progress.setValue((current + 1) / (double) (sections.size() + 1));
        int total = 0;
        int given = 0;
        for (int i = 0; i < sections.size(); i++) {
            // a question that does not apply is not asked, so it is not counted either
            List<String> ids = sections.get(i).questions().stream()
                    .filter(q -> questionnaire.applies(q, answers)).map(Question::id).toList();
            long answeredHere = ids.stream().filter(answers::isAnswered).count();
            counts.get(i).setText(answeredHere + " of " + ids.size());
            total += ids.size();
            given += (int) answeredHere;
        }
        answered.setText(given + " of " + total + " questions answered");
        for (int i = 0; i < items.size(); i++) {
            ListItem item = items.get(i);
            item.setClassName("current", i == current);
            item.setClassName("done", i < current);
            if (i == current) {
                item.getChildren().findFirst().ifPresent(link -> link.getElement().setAttribute("aria-current", "step"));
            } else {
                item.getChildren().findFirst().ifPresent(link -> link.getElement().removeAttribute("aria-current"));
            }
        }
    }
}
