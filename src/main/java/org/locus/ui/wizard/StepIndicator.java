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
import org.locus.questionnaire.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the adviser is: "Step 3 of 9" with a progress bar, and every step as a link with how many of its questions
 * are answered, so any step is one click (or one Tab and Enter) away.
 */
class StepIndicator extends Composite<Nav> {

    private final List<Section> sections;
    private final Span position = new Span();
    private final Span answered = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final List<ListItem> items = new ArrayList<>();
    private final List<Span> counts = new ArrayList<>();

    StepIndicator(List<Section> sections) {
        this.sections = sections;
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
            list.add(item(new RouterLink(sections.get(i).title(), AssessmentView.class,
                    AssessmentView.stepParameters(sections.get(i).id())), count));
        }
        list.add(item(new RouterLink("Review and diagnose", AssessmentView.class,
                AssessmentView.stepParameters(AssessmentView.SUMMARY)), new Span()));
        nav.add(new Div(position, answered), progress, list);
    }

    private ListItem item(RouterLink link, Span count) {
        ListItem item = new ListItem(link, count);
        items.add(item);
        return item;
    }

    /** Marks step {@code current} (0-based; the summary is the last) and counts the answers per section. */
    void show(int current, Answers answers) {
        int steps = sections.size() + 1;
        position.setText("Step " + (current + 1) + " of " + steps);
        progress.setValue((current + 1) / (double) steps);
        int total = 0;
        int given = 0;
        for (int i = 0; i < sections.size(); i++) {
            List<String> ids = sections.get(i).questions().stream().map(Question::id).toList();
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
