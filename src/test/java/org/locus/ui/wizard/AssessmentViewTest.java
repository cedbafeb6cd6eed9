package org.locus.ui.wizard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.AnswerType;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Questionnaire;
import org.locus.questionnaire.Section;
import org.locus.rulebase.RuleBase;
import org.locus.ui.KaribuTest;
import org.locus.ui.assessment.CurrentAssessment;
import org.locus.ui.results.ResultsView;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class AssessmentViewTest extends KaribuTest {

    private Questionnaire questionnaire() {
        return bean(RuleBase.class).questionnaire();
    }

    private int steps() {
        return questionnaire().sections().size();
    }

    private static String heading() {
        return _get(H2.class, spec -> spec.withClasses("step-heading")).getText();
    }

    private static Button next() {
        return _get(Button.class, spec -> spec.withClasses("step-next"));
    }

    private static Button back() {
        return _get(Button.class, spec -> spec.withClasses("step-back"));
    }

    private static void open(String step) {
        UI.getCurrent().navigate(AssessmentView.class, AssessmentView.stepParameters(step));
    }

    private Section sectionWith(AnswerType type) {
        return questionnaire().sections().stream()
                .filter(s -> s.questions().stream().anyMatch(q -> q.type() == type)).findFirst().orElseThrow();
    }

    private static Question first(Section section, AnswerType type) {
        return section.questions().stream().filter(q -> q.type() == type).findFirst().orElseThrow();
    }

    @Test
    void startsAtTheFirstSectionWithEveryQuestionAtDontKnow() {
        UI.getCurrent().navigate(AssessmentView.class);
        Section first = questionnaire().sections().get(0);

        assertThat(heading()).isEqualTo(first.title());
        assertThat(_get(Span.class, spec -> spec.withClasses("step-position")).getText()).isEqualTo("Step 1 of " + steps());
        assertThat(back().isEnabled()).isFalse();
        assertThat(_find(QuestionField.class)).hasSize(first.questions().size());
        for (RadioButtonGroup<?> radios : _find(RadioButtonGroup.class)) {
            assertThat(radios.getValue()).isEqualTo(QuestionInput.DONT_KNOW);
        }
    }

    @Test
    void nextAndBackWalkTheSectionsInOrderAndTheStepIsInTheAddress() {
        UI.getCurrent().navigate(AssessmentView.class);
        List<Section> sections = questionnaire().sections();
        for (int i = 1; i < sections.size(); i++) {
            assertThat(next().getText()).isEqualTo("Next: " + sections.get(i).title());
            _click(next());
            assertThat(heading()).isEqualTo(sections.get(i).title());
            assertThat(path()).isEqualTo("assessment/" + sections.get(i).id());
            assertThat(_get(Span.class, spec -> spec.withClasses("step-position")).getText())
                    .isEqualTo("Step " + (i + 1) + " of " + steps());
        }
        assertThat(next().getText()).isEqualTo("Next: review your answers");
        _click(next());
        assertThat(heading()).isEqualTo("Review your answers");
        assertThat(path()).isEqualTo("assessment/summary");

        _click(back());
        assertThat(heading()).isEqualTo(sections.get(sections.size() - 1).title());
    }

    @Test
    void anUnknownStepOpensTheFirstSection() {
        open("no-such-step");
        assertThat(heading()).isEqualTo(questionnaire().sections().get(0).title());
    }

    @Test
    void anAnswerGoesIntoTheAssessmentAndIntoTheStepCount() {
        Section section = sectionWith(AnswerType.YES_NO);
        Question question = first(section, AnswerType.YES_NO);
        open(section.id());

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId(QuestionField.idOf(question.id()))), "yes");

        assertThat(bean(CurrentAssessment.class).answers().get(question.id())).contains(Answer.yesNo(question.id(), true));
        assertThat(_get(Span.class, spec -> spec.withClasses("step-answered")).getText())
                .isEqualTo("1 of " + questionnaire().questions().size() + " questions answered");

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId(QuestionField.idOf(question.id()))),
                QuestionInput.DONT_KNOW);
        assertThat(bean(CurrentAssessment.class).answers().isAnswered(question.id())).isFalse();
    }

    @Test
    void aNumberOutOfRangeIsRejectedInlineAndChangesNoAnswer() {
        Section section = sectionWith(AnswerType.NUMBER);
        Question question = first(section, AnswerType.NUMBER);
        open(section.id());
        NumberField field = _get(NumberField.class, spec -> spec.withId(QuestionField.idOf(question.id())));

        _setValue(field, question.highest() + 10);

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isNotBlank();
        assertThat(bean(CurrentAssessment.class).answers()).isEqualTo(Answers.none());

        _setValue(field, question.lowest());
        assertThat(field.isInvalid()).isFalse();
        assertThat(bean(CurrentAssessment.class).answers().get(question.id()))
                .contains(Answer.number(question.id(), question.lowest()));
    }

    @Test
    void aQuestionThatDoesNotApplyIsNotAskedNorListedAndItsAnswerGoes() {
        Question later = questionnaire().questions().stream().filter(q -> !q.askedWhen().isEmpty()).findFirst()
                .orElseThrow();
        org.locus.questionnaire.AskedWhen condition = later.askedWhen().get(0);
        Question earlier = questionnaire().question(condition.question()).orElseThrow();
        assertThat(earlier.type()).isEqualTo(AnswerType.YES_NO);
        boolean applyingAnswer = condition.values().contains("yes");
        Section section = questionnaire().sections().stream()
                .filter(s -> s.questions().contains(later)).findFirst().orElseThrow();
        CurrentAssessment assessment = bean(CurrentAssessment.class);
        assessment.answer(earlier.id(), Answer.yesNo(earlier.id(), applyingAnswer));
        open(section.id());
        QuestionField field = _get(QuestionField.class, spec -> spec.withPredicate(
                f -> later.id().equals(f.getElement().getAttribute("data-question"))));
        assertThat(field.isVisible()).isTrue();
        Answer given = switch (later.type()) {
            case YES_NO -> Answer.yesNo(later.id(), true);
            case CHOICE -> Answer.choice(later.id(), later.options().get(0).id());
            case SCALE -> Answer.number(later.id(), 3);
            case NUMBER -> Answer.number(later.id(), later.lowest());
        };
        assessment.answer(later.id(), given);
        assertThat(assessment.answers().isAnswered(later.id())).isTrue();

        assessment.answer(earlier.id(), Answer.yesNo(earlier.id(), !applyingAnswer));

        assertThat(_find(QuestionField.class, spec -> spec.withPredicate(
                f -> later.id().equals(f.getElement().getAttribute("data-question"))))).as("not asked").isEmpty();
        open(AssessmentView.SUMMARY);
        assertThat(_find(Span.class, spec -> spec.withPredicate(
                sp -> later.id().equals(sp.getElement().getAttribute("data-question"))))).as("not listed").isEmpty();
        assertThat(questionnaire().applies(later, assessment.answers())).isFalse();
        assertThat(assessment.answers().isAnswered(later.id())).isFalse();
    }

    @Test
    void nextDoesNotLeaveAnOutOfRangeNumberUnsaid() {
        Section section = sectionWith(AnswerType.NUMBER);
        Question question = first(section, AnswerType.NUMBER);
        open(section.id());
        _setValue(_get(NumberField.class, spec -> spec.withId(QuestionField.idOf(question.id()))),
                question.highest() + 10);

        _click(next());

        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(dialog)).contains(question.text()).contains("stays don't know");
        assertThat(path()).isEqualTo("assessment/" + section.id());

        ConfirmDialogKt._fireCancel(dialog);
        assertThat(path()).isNotEqualTo("assessment/" + section.id());
        assertThat(bean(CurrentAssessment.class).answers().isAnswered(question.id())).isFalse();
    }

    @Test
    void answersSurviveLeavingAStepAndComingBack() {
        Section section = sectionWith(AnswerType.SCALE);
        Question question = first(section, AnswerType.SCALE);
        open(section.id());
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId(QuestionField.idOf(question.id()))), "5");

        open(AssessmentView.SUMMARY);
        open(section.id());

        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId(QuestionField.idOf(question.id()))).getValue())
                .isEqualTo("5");
    }

    @Test
    void theSummaryListsEveryAnswerAndDontKnowAndLinksBackToEachQuestion() {
        Section section = sectionWith(AnswerType.SCALE);
        Question scale = first(section, AnswerType.SCALE);
        bean(CurrentAssessment.class).answer(scale.id(), Answer.number(scale.id(), 3));
        open(AssessmentView.SUMMARY);

        List<Span> answers = _find(Span.class, spec -> spec.withPredicate(s -> s.getElement().hasAttribute("data-question")));
        assertThat(answers).hasSize(questionnaire().questions().size());
        assertThat(answers).filteredOn(s -> s.getElement().getAttribute("data-question").equals(scale.id()))
                .singleElement().extracting(Span::getText).asString().startsWith("3 of 5");
        assertThat(answers).filteredOn(s -> s.hasClassName("dont-know")).hasSize(questionnaire().questions().size() - 1)
                .allSatisfy(s -> assertThat(s.getText()).isEqualTo("Don't know"));

        RouterLink edit = _get(RouterLink.class, spec -> spec.withText(scale.text()));
        QueryParameters focus = QueryParameters.of(AssessmentView.QUESTION, scale.id());
        assertThat(edit.getHref()).isEqualTo("assessment/" + section.id() + "?" + focus.getQueryString());
        UI.getCurrent().navigate("assessment/" + section.id(), focus);
        assertThat(heading()).isEqualTo(section.title());
    }

    @Test
    void diagnoseOpensTheResults() {
        open(AssessmentView.SUMMARY);
        assertThat(next().getText()).isEqualTo("Diagnose");
        _click(next());
        assertThat(_get(ResultsView.class)).isNotNull();
        assertThat(path()).isEqualTo(ResultsView.PATH);
    }
}
