package org.locus.ui.assessment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.locus.questionnaire.AnswerProblem;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Questionnaire;

import java.util.List;
import java.util.Optional;

/** Says why an uploaded file was not loaded: every problem, each with the question it concerns. */
class UploadProblems extends Composite<Div> {

    private static final String ANSWERS_POINTER = "/answers/";

    private final Questionnaire questionnaire;

    UploadProblems(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        getContent().addClassName("upload-problems");
        getContent().getElement().setAttribute("role", "alert");
        getContent().setVisible(false);
    }

    void show(String fileName, List<AnswerProblem> problems) {
        UnorderedList list = new UnorderedList();
        problems.forEach(problem -> list.add(item(problem)));
        fill(fileName + " was not loaded, and your answers are unchanged. "
                + (problems.size() == 1 ? "Fix this problem" : "Fix these " + problems.size() + " problems")
                + " and upload it again:", list);
    }

    void showRejected(String fileName, String reason) {
        getContent().removeAll();
        getContent().add(new Paragraph(fileName + " was not loaded, and your answers are unchanged: " + reason));
        getContent().setVisible(true);
    }

    void clear() {
        getContent().removeAll();
        getContent().setVisible(false);
    }

    private void fill(String heading, Component details) {
        getContent().removeAll();
        getContent().add(new Paragraph(heading), details);
        getContent().setVisible(true);
    }

    private ListItem item(AnswerProblem problem) {
        ListItem item = new ListItem();
        Optional<Question> question = questionOf(problem.pointer());
        if (question.isPresent()) {
            item.add(new Span("“" + question.get().text() + "” (" + question.get().id() + "): "));
        } else if (problem.pointer().startsWith(ANSWERS_POINTER)) {
            item.add(new Span(unescape(problem.pointer().substring(ANSWERS_POINTER.length())) + ": "));
        } else {
            item.add(new Span("The document: "));
        }
        item.add(new Span(problem.message()));
        return item;
    }

    private Optional<Question> questionOf(String pointer) {
        if (!pointer.startsWith(ANSWERS_POINTER)) {
            return Optional.empty();
        }
        return questionnaire.question(unescape(pointer.substring(ANSWERS_POINTER.length())));
    }

    /** RFC 6901, the reverse of {@code AnswersReader.escape}. */
    private static String unescape(String key) {
        return key.replace("~1", "/").replace("~0", "~");
    }
}
