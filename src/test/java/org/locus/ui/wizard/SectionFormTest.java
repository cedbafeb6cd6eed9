package org.locus.ui.wizard;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.AnswerType;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Section;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SectionFormTest {

    private final AnswersReader reader = new AnswersReader(TestRuleBase.get().questionnaire());

    @Test
    void hasAFieldForEveryQuestionOfItsSectionAndForNoOther() {
        for (Section section : TestRuleBase.get().questionnaire().sections()) {
            SectionForm form = new SectionForm(section, reader, TestRuleBase.get().catalogue());
            section.questions().forEach(q -> assertThat(form.field(q.id())).as(q.id()).isPresent());
            assertThat(form.field("not-a-question")).isEmpty();
        }
    }

    @Test
    void showsTheAnswersGivenAndForwardsChangesWithTheQuestion() {
        Section section = TestRuleBase.get().questionnaire().sections().stream()
                .filter(s -> s.questions().stream().anyMatch(q -> q.type() == AnswerType.YES_NO)).findFirst().orElseThrow();
        Question yesNo = section.questions().stream().filter(q -> q.type() == AnswerType.YES_NO).findFirst().orElseThrow();
        SectionForm form = new SectionForm(section, reader, TestRuleBase.get().catalogue());
        List<AnswerChangedEvent> events = new ArrayList<>();
        form.addAnswerChangedListener(events::add);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> radios = (RadioButtonGroup<String>) form.field(yesNo.id()).orElseThrow().input();

        form.show(new Answers(List.of(Answer.yesNo(yesNo.id(), true))));
        assertThat(radios.getValue()).isEqualTo("yes");
        assertThat(events).isEmpty();

        radios.setValue("no");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.getSource()).isSameAs(form);
            assertThat(e.question()).isEqualTo(yesNo.id());
            assertThat(e.answer()).isEqualTo(Answer.yesNo(yesNo.id(), false));
        });
    }
}
