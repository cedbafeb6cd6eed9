package org.locus.ui.wizard;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.AnswerType;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The form field of one question, without a browser or a UI: what it shows and what it announces. */
class QuestionFieldTest {

    private final RuleBase ruleBase = TestRuleBase.get();
    private final AnswersReader reader = new AnswersReader(ruleBase.questionnaire());
    private final List<AnswerChangedEvent> events = new ArrayList<>();

    private static Question first(AnswerType type) {
        return TestRuleBase.get().questionnaire().questions().stream().filter(q -> q.type() == type).findFirst()
                .orElseThrow();
    }

    private QuestionField field(Question question) {
        QuestionField field = new QuestionField(question, reader, ruleBase.catalogue());
        field.addAnswerChangedListener(events::add);
        return field;
    }

    @SuppressWarnings("unchecked")
    private static <T> T input(QuestionField field, Class<T> type) {
        assertThat(field.input()).isInstanceOf(type);
        return (T) field.input();
    }

    @Test
    void yesNoIsARadioGroupLabelledWithTheQuestionStartingAtDontKnow() {
        Question question = first(AnswerType.YES_NO);
        RadioButtonGroup<String> radios = input(field(question), RadioButtonGroup.class);
        assertThat(radios.getLabel()).isEqualTo(question.text());
        assertThat(radios.getListDataView().getItems().map(radios.getItemLabelGenerator()::apply).toList())
                .containsExactly("Yes", "No", "Don't know");
        assertThat(radios.getValue()).isEqualTo(QuestionInput.DONT_KNOW);
        assertThat(radios.getId()).contains(QuestionField.idOf(question.id()));
    }

    @Test
    void answeringAnnouncesTheAnswerAndDontKnowAnnouncesNone() {
        Question question = first(AnswerType.YES_NO);
        QuestionField field = field(question);
        RadioButtonGroup<String> radios = input(field, RadioButtonGroup.class);

        radios.setValue("no");
        radios.setValue(QuestionInput.DONT_KNOW);

        assertThat(events).extracting(AnswerChangedEvent::question).containsOnly(question.id());
        assertThat(events).extracting(AnswerChangedEvent::answer)
                .containsExactly(Answer.yesNo(question.id(), false), null);
    }

    @Test
    void aScaleOffersOneToFiveWithLabelledEnds() {
        Question question = first(AnswerType.SCALE);
        QuestionField field = field(question);
        RadioButtonGroup<String> radios = input(field, RadioButtonGroup.class);
        List<String> labels = radios.getListDataView().getItems().map(radios.getItemLabelGenerator()::apply).toList();
        assertThat(labels).containsExactly("1 – " + question.scaleLow(), "2", "3", "4", "5 – " + question.scaleHigh(),
                "Don't know");

        radios.setValue("4");

        assertThat(events).singleElement().extracting(AnswerChangedEvent::answer)
                .isEqualTo(Answer.number(question.id(), 4));
    }

    @Test
    void aChoiceIsASelectOfItsOptionsAndDontKnow() {
        Question question = first(AnswerType.CHOICE);
        QuestionField field = field(question);
        Select<String> select = input(field, Select.class);
        assertThat(select.getLabel()).isEqualTo(question.text());
        List<String> expected = new ArrayList<>(question.options().stream().map(Question.Option::id).toList());
        expected.add(QuestionInput.DONT_KNOW);
        assertThat(select.getListDataView().getItems().toList()).containsExactlyElementsOf(expected);
        assertThat(select.getValue()).isEqualTo(QuestionInput.DONT_KNOW);

        select.setValue(question.options().get(1).id());

        assertThat(events).singleElement().extracting(AnswerChangedEvent::answer)
                .isEqualTo(Answer.choice(question.id(), question.options().get(1).id()));
    }

    @Test
    void aNumberShowsItsUnitAndRangeAndAnEmptyFieldIsDontKnow() {
        Question question = first(AnswerType.NUMBER);
        QuestionField field = field(question);
        NumberField number = input(field, NumberField.class);
        assertThat(number.getValue()).isNull();
        assertThat(number.getMin()).isEqualTo(question.lowest());
        assertThat(number.getMax()).isEqualTo(question.highest());
        assertThat(number.getHelperText()).contains(question.unit()).contains("don't know");

        number.setValue(question.lowest());
        number.clear();

        assertThat(events).extracting(AnswerChangedEvent::answer)
                .containsExactly(Answer.number(question.id(), question.lowest()), null);
    }

    @Test
    void aNumberOutOfRangeIsMarkedOnTheFieldAndAnnouncedToNoOne() {
        Question question = first(AnswerType.NUMBER);
        NumberField number = input(field(question), NumberField.class);

        number.setValue(question.highest() + 1);

        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).contains("Enter a number").contains(question.unit());
        assertThat(events).isEmpty();
    }

    @Test
    void showingAnAnswerDoesNotAnnounceIt() {
        Question question = first(AnswerType.SCALE);
        QuestionField field = field(question);

        field.show(Answer.number(question.id(), 2));

        assertThat(input(field, RadioButtonGroup.class).getValue()).isEqualTo("2");
        field.show(null);
        assertThat(input(field, RadioButtonGroup.class).getValue()).isEqualTo(QuestionInput.DONT_KNOW);
        assertThat(events).isEmpty();
    }

    @Test
    void helpSaysWhatToLookForAndWhichFindingsTheAnswerFeeds() {
        Question question = ruleBase.questionnaire().questions().stream().filter(q -> !q.informs().isEmpty())
                .findFirst().orElseThrow();
        QuestionField field = field(question);
        String help = field.getElement().getOuterHTML();
        assertThat(help).contains("What to look for").contains(question.section());
        ruleBase.catalogue().finding(question.informs().get(0))
                .ifPresent(f -> assertThat(help).contains(f.title()));
    }
}
