package org.locus.ui.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import org.locus.analysis.AnalysedDiagnosis;
import org.locus.analysis.AnswerChange;
import org.locus.analysis.Analyst;
import org.locus.diagnosis.DiagnosisDocument;
import org.locus.diagnosis.Diagnostician;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.rulebase.RuleBase;
import org.locus.ui.results.DiagnosisPanel;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The live what-if, one component for the trainer's case, the presenter's projection and the adviser's own results:
 * answers that can all be changed, and the result re-ranked at once with what moved (ranks, scores, findings) since
 * the reference answers; every what-if the analysis found, and every answer to the questions worth asking next, is
 * one click away. The reference is never changed: a what-if is tried on a copy, and a page decides what to do with
 * it (put it in the address, keep it as the adviser's answers).
 */
public class Workbench extends Composite<Div> {

    /** What the workbench is for: the words it uses for its reference, and how the reference's result is had. */
    public record Reference(Answers answers, AnalysedDiagnosis result, Set<String> assumed, String name,
                            String says, String resetLabel) {
    }

    /** Fired whenever the answers on the workbench change, with how they differ from the reference. */
    public static class AnswersChangedEvent extends ComponentEvent<Workbench> {

        private final Answers answers;

        AnswersChangedEvent(Workbench source, Answers answers) {
            super(source, false);
            this.answers = answers;
        }

        public Answers answers() {
            return answers;
        }
    }

    /**
     * A system property: {@code false} draws the analysis with the ranking in one request, for view tests whose mock
     * browser never answers the round trip the analysis waits for.
     */
    public static final String DEFER_ANALYSIS = "locus.ui.defer-analysis";

    private final RuleBase ruleBase;
    private final Analyst analyst;
    private final AnswersReader reader;
    private final Reference reference;
    private final WorkbenchAnswers answersForms;
    private final MovesPanel moves;
    private final NextQuestionsList nextQuestions = new NextQuestionsList();
    private final DiagnosisPanel panel;
    private final Button reset;
    private final Section answersPart;
    private final Section resultsPart;
    private final Diagnostician diagnostician;
    /** The analyses made here, so that going back to answers tried before costs nothing (a class does that often). */
    private final Map<Answers, AnalysedDiagnosis> analysed = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Answers, AnalysedDiagnosis> eldest) {
            return size() > 16;
        }
    };
    private final boolean deferAnalysis = !"false".equals(System.getProperty(DEFER_ANALYSIS));
    private Answers answers;
    private int shown;

    public Workbench(RuleBase ruleBase, Diagnostician diagnostician, Analyst analyst, AnswersReader reader,
                     Reference reference) {
        this.ruleBase = ruleBase;
        this.diagnostician = diagnostician;
        this.analyst = analyst;
        this.reader = reader;
        this.reference = reference;
        this.moves = new MovesPanel(reference.name());
        this.reset = new Button(reference.resetLabel(), VaadinIcon.ROTATE_LEFT.create(), e -> show(reference.answers()));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.setId("reset-case");
        reset.addClassName("workbench-reset");
        answersForms = new WorkbenchAnswers(ruleBase.questionnaire(), reader, ruleBase.catalogue(), reference.answers(),
                reference.assumed(), reference.says());
        // an answer that makes later questions inapplicable takes their answers with it, as the analyses do
        answersForms.addAnswerChangedListener(e -> show(reader.keepApplicable(answers.with(e.question(), e.answer()))));
        panel = new DiagnosisPanel(ruleBase);
        panel.addWhatIfChosenListener(e -> tryChanges(e.changes()));
        answersPart = new Section(reset, answersForms);
        answersPart.addClassName("workbench-answers");
        resultsPart = new Section(moves, nextQuestions, panel);
        resultsPart.addClassName("workbench-results");
        resultsPart.getElement().setAttribute("aria-label", "Results");
        getContent().addClassName("workbench");
        getContent().add(answersPart, resultsPart);
        answers = reference.answers();
    }

    /** The answers' side, for a page that lays it out itself (a heading and a hint go before it). */
    public Section answersPart() {
        return answersPart;
    }

    /** The results' side: what moved, the questions to answer next, and the diagnosis. */
    public Section resultsPart() {
        return resultsPart;
    }

    /**
     * Folds the answers' side above the result, for a page whose reader comes for the result (the adviser's own):
     * the result takes the full width until the reader opens the answers to try a what-if.
     */
    public Details foldAnswers(String summary) {
        getContent().remove(answersPart);
        Details fold = new Details(summary, answersPart);
        fold.addClassName("workbench-fold");
        fold.setOpened(false);
        getContent().addComponentAsFirst(fold);
        getContent().addClassName("workbench-folded");
        return fold;
    }

    /** Adds components at the top of the answers' side, such as its heading. */
    public void addToAnswers(Component... components) {
        answersPart.addComponentAtIndex(0, new Div(components));
    }

    /**
     * Shows these answers and what moved from the reference's. The ranking comes first: a diagnosis takes a tenth of
     * the time of its analysis (what if, why not, how firm), so the new ranking and what moved are drawn at once, and
     * the analysis follows in a second round trip that the browser makes as soon as it has drawn them.
     */
    public void show(Answers changed) {
        answers = changed;
        int request = ++shown;
        answersForms.show(answers);
        AnalysedDiagnosis known = Objects.equals(answers, reference.answers()) ? reference.result() : analysed.get(answers);
        if (known != null || !deferAnalysis) {
            render(known != null ? known : analyse(answers));
        } else {
            render(diagnostician.diagnose(answers));
            getElement().executeJs("return null").then(ignored -> {
                if (request == shown) {
                    render(analyse(answers));
                }
            });
        }
        reset.setVisible(changedAnswers() > 0);
        fireEvent(new AnswersChangedEvent(this, answers));
    }

    private AnalysedDiagnosis analyse(Answers of) {
        AnalysedDiagnosis result = analyst.analyse(of);
        analysed.put(of, result);
        return result;
    }

    /** A diagnosis, or an analysed diagnosis with its what-ifs and next questions. */
    private void render(DiagnosisDocument result) {
        WhatMoved moved = WhatMoved.between(reference.result().diagnosis(), result.diagnosis());
        Map<String, String> badges = new HashMap<>();
        moved.ranks().stream().filter(m -> m.badge() != null).forEach(m -> badges.put(m.recommendation(), m.badge()));
        moves.show(moved, changedAnswers());
        if (result instanceof AnalysedDiagnosis withAnalysis) {
            nextQuestions.show(withAnalysis.analysis().nextQuestions(), this::tryChanges);
            resultsPart.getElement().removeAttribute("aria-busy");
        } else {
            nextQuestions.show(List.of(), this::tryChanges);
            resultsPart.getElement().setAttribute("aria-busy", "true");
        }
        panel.show(result, badges);
    }

    /** Tries a what-if: its changes made to the answers on the workbench, and what moved brought into sight. */
    public void tryChanges(List<AnswerChange> changes) {
        Answers changed = answers;
        for (AnswerChange change : changes) {
            changed = change.applyTo(changed, reader);
        }
        show(changed);
        // the button may sit far down the results; bring up what moved, which is what the trainer wants to show
        moves.getElement().executeJs("this.scrollIntoView({block: 'start', behavior: 'smooth'})");
    }

    public Answers answers() {
        return answers;
    }

    /** How many answers on the workbench differ from the reference's. */
    public int changedAnswers() {
        // answers dropped because their question no longer applies come with the change that dropped them
        return (int) ruleBase.questionnaire().questions().stream()
                .filter(q -> ruleBase.questionnaire().applies(q, answers))
                .filter(q -> !Objects.equals(answers.get(q.id()), reference.answers().get(q.id()))).count();
    }

    public Registration addAnswersChangedListener(ComponentEventListener<AnswersChangedEvent> listener) {
        return addListener(AnswersChangedEvent.class, listener);
    }
}
