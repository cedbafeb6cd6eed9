package org.locus.ui.assessment;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers of the assessment in progress in this browser tab, shared by the wizard and the results. Every change
 * is written to the browser's store at once; when the tab opens, the answers saved there are read back, unless the
 * adviser has already started answering.
 */
@SpringComponent
@UIScope
public class CurrentAssessment implements Serializable {

    /** Why the answers changed: an edit in a form, answers read back from the browser, or answers replaced whole. */
    public enum Origin { EDIT, RESTORE, REPLACE }

    /** A change of the answers; {@code dropped} names saved answers that no longer fit the questionnaire. */
    public record Change(Answers answers, Origin origin, List<String> dropped) {
    }

    private final AnswersStore store;
    private final AnswersReader reader;
    private final List<SerializableConsumer<Change>> listeners = new ArrayList<>();
    private Answers answers = Answers.none();
    private boolean changedSinceOpened;

    public CurrentAssessment(AnswersStore store, AnswersReader reader) {
        this.store = store;
        this.reader = reader;
        AnswersDocument document = new AnswersDocument(reader);
        store.read(saved -> restore(document.restore(saved)));
    }

    public Answers answers() {
        return answers;
    }

    /**
     * Answers one question, or with {@code null} makes it don't-know; answers to questions that this answer makes
     * inapplicable are dropped, so the answers stay a document the questionnaire takes.
     */
    public void answer(String questionId, Answer answer) {
        set(reader.keepApplicable(answers.with(questionId, answer)), Origin.EDIT);
    }

    /** Replaces all answers: an upload, a case opened in the wizard, or starting over. */
    public void replace(Answers replacement) {
        set(replacement, Origin.REPLACE);
    }

    public Registration addChangeListener(SerializableConsumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void restore(AnswersDocument.Restored restored) {
        if (changedSinceOpened) {
            return; // the adviser started before the browser answered; what they did now wins
        }
        answers = restored.answers();
        fire(new Change(answers, Origin.RESTORE, restored.dropped()));
    }

    private void set(Answers changed, Origin origin) {
        changedSinceOpened = true;
        answers = changed;
        store.write(AnswersDocument.write(changed));
        fire(new Change(changed, origin, List.of()));
    }

    private void fire(Change change) {
        List.copyOf(listeners).forEach(l -> l.accept(change));
    }
}
