package org.locus.ui.admin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import org.locus.reload.KnowledgeStatus;
import org.locus.reload.LiveKnowledge;
import org.locus.ui.MainLayout;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * For rule authors and operators: the knowledge base that answers, where it comes from, and when an edit to its folder
 * did not load, every problem with file and line while the rules loaded before go on answering. The page looks again
 * every two seconds while it is open, so an author can keep it beside the editor. (Once accounts arrive it belongs
 * to the admin role; until then it shows nothing the rules' own API does not, but the problems of a failed reload.)
 */
@Route(value = "admin/knowledge-base", layout = MainLayout.class)
@PageTitle("Knowledge base · Locus")
public class KnowledgeBaseView extends Div {

    static final int REFRESH_MILLIS = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final LiveKnowledge knowledge;
    private final Div content = new Div();
    private KnowledgeStatus shown;
    private Registration polling;

    public KnowledgeBaseView(LiveKnowledge knowledge) {
        this.knowledge = knowledge;
        addClassNames("page", "knowledge-base-admin");
        Paragraph lead = new Paragraph("The rules, questionnaire and catalogue every result comes from. With "
                + "locus.rules-dir set, a change to that folder is loaded while Locus runs; a change that does not load "
                + "is listed here, and the rules loaded before go on answering.");
        lead.addClassName("lead");
        add(new Div(new H1("Knowledge base"), lead), content);
        show(knowledge.status());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(REFRESH_MILLIS);
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    void refresh() {
        KnowledgeStatus now = knowledge.status();
        if (!Objects.equals(now, shown)) {
            show(now);
        }
    }

    private void show(KnowledgeStatus status) {
        shown = status;
        content.removeAll();
        if (status.lastLoadFailed()) {
            content.add(failure(status));
        }
        content.add(facts(status));
    }

    private Div failure(KnowledgeStatus status) {
        String count = status.problems().size() == 1 ? "1 problem" : status.problems().size() + " problems";
        H2 title = new H2(status.isLoaded() ? "The last change did not load: " + count
                : "The knowledge base does not load: " + count);
        Paragraph what = new Paragraph(status.isLoaded()
                ? "Tried at " + TIME.format(status.failedAt()) + ". Version " + status.version()
                        + " is still answering. Fix the files below and save: the folder is read again."
                : "Tried at " + TIME.format(status.failedAt()) + ". Nothing can be diagnosed until it loads.");
        UnorderedList problems = new UnorderedList();
        problems.addClassName("load-problems");
        status.problems().forEach(p -> problems.add(new ListItem(p)));
        Div failure = new Div(title, what, problems);
        failure.addClassName("load-failure");
        failure.getElement().setAttribute("role", "alert");
        return failure;
    }

    private Div facts(KnowledgeStatus status) {
        Div facts = new Div();
        facts.addClassName("knowledge-facts");
        facts.add(fact("From", knowledge.source()));
        if (status.isLoaded()) {
            facts.add(fact("Version", status.version()));
            facts.add(fact("Rules", String.valueOf(status.locus().ruleBase().rules().size())));
            facts.add(fact("Questions", String.valueOf(status.locus().ruleBase().questionnaire().questions().size())));
            facts.add(fact("Cases", String.valueOf(status.locus().cases().cases().size())));
            facts.add(fact("Loaded", TIME.format(status.loadedAt()) + " in " + status.loadTime().toMillis() + " ms"
                    + (status.reloads() == 0 ? "" : " (reloaded " + status.reloads()
                    + (status.reloads() == 1 ? " time" : " times") + " since start-up)")));
        }
        return facts;
    }

    private static Div fact(String name, String value) {
        Span label = new Span(name);
        label.addClassName("fact-name");
        Span text = new Span(value);
        text.addClassName("fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        return fact;
    }
}
