package org.locus.questionnaire;

import org.junit.jupiter.api.Test;
import org.locus.knowledge.Answer;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A question asked only under earlier answers: when it applies, what an answer to it gets when it does not. */
class QuestionApplicabilityTest {

    private static final Questionnaire QUESTIONNAIRE = QuestionnaireReader.read("q.yaml", """
            sections:
              - id: s
                title: S
                questions:
                  - {id: schemes, text: Schemes?, help: h, section: x, type: yes-no}
                  - id: placement
                    text: Placement?
                    help: h
                    section: x
                    type: choice
                    askedWhen: {question: schemes, is: true}
                    options: [{id: better, label: Better}, {id: same, label: Same}]
                  - id: followed-up
                    text: Followed up?
                    help: h
                    section: x
                    type: yes-no
                    askedWhen: [{question: placement, in: [same]}]
            """);
    private static final AnswersReader READER = new AnswersReader(QUESTIONNAIRE);

    private static Question question(String id) {
        return QUESTIONNAIRE.require(id);
    }

    private static Answers answers(Answer... given) {
        return new Answers(List.of(given));
    }

    @Test
    void aQuestionAppliesUntilAnEarlierAnswerRulesItOut() {
        assertThat(QUESTIONNAIRE.applies(question("placement"), Answers.none())).as("schemes unknown").isTrue();
        assertThat(QUESTIONNAIRE.applies(question("placement"), answers(Answer.yesNo("schemes", true)))).isTrue();
        assertThat(QUESTIONNAIRE.applies(question("placement"), answers(Answer.yesNo("schemes", false)))).isFalse();
        assertThat(question("placement").askedWhenText()).isEqualTo("Asked only when 'schemes' is yes.");
        assertThat(question("schemes").askedWhenText()).isNull();
    }

    @Test
    void aQuestionWhoseEarlierQuestionDoesNotApplyDoesNotApplyEither() {
        assertThat(QUESTIONNAIRE.applies(question("followed-up"), answers(Answer.yesNo("schemes", false))))
                .as("placement does not apply, so neither does the question it conditions").isFalse();
        assertThat(QUESTIONNAIRE.applies(question("followed-up"), answers(Answer.yesNo("schemes", true),
                Answer.choice("placement", "better")))).isFalse();
        assertThat(QUESTIONNAIRE.applies(question("followed-up"), answers(Answer.yesNo("schemes", true),
                Answer.choice("placement", "same")))).isTrue();
    }

    @Test
    void anAnswerToAQuestionThatDoesNotApplyIsRefusedWithTheReason() {
        assertThatThrownBy(() -> READER.read("{\"answers\": {\"schemes\": false, \"placement\": \"better\"}}"))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::describe)
                        .containsExactly("/answers/placement: does not apply here: it is asked only when 'schemes' is "
                                + "yes, and it is 'no'; leave it out or answer \"unknown\""));
        assertThat(READER.read("{\"answers\": {\"schemes\": \"unknown\", \"placement\": \"better\"}}").size())
                .as("an earlier don't-know does not rule the later question out").isEqualTo(1);
    }

    @Test
    void changingAnEarlierAnswerDropsTheAnswersThatNoLongerApply() {
        Answers before = answers(Answer.yesNo("schemes", true), Answer.choice("placement", "same"),
                Answer.yesNo("followed-up", true));

        Answers after = QUESTIONNAIRE.keepApplicable(before.with("schemes", Answer.yesNo("schemes", false)));

        assertThat(after).isEqualTo(answers(Answer.yesNo("schemes", false)));
        assertThat(QUESTIONNAIRE.keepApplicable(before)).isEqualTo(before);
    }

    @Test
    void anAskedWhenThatIsNotAConditionIsRefused() {
        assertThatThrownBy(() -> QuestionnaireReader.read("q.yaml", """
                sections:
                  - id: s
                    title: S
                    questions:
                      - {id: a, text: A?, help: h, section: x, type: yes-no}
                      - {id: b, text: B?, help: h, section: x, type: yes-no, askedWhen: {question: a, is: true, in: [yes]}}
                """)).hasMessageContaining("question 'b': askedWhen on 'a' needs exactly one of 'is' (one answer) or 'in' (a list)");
        assertThatThrownBy(() -> QuestionnaireReader.read("q.yaml", """
                sections:
                  - id: s
                    title: S
                    questions:
                      - {id: a, text: A?, help: h, section: x, type: yes-no}
                      - {id: b, text: B?, help: h, section: x, type: yes-no, askedWhen: {question: a, in: []}}
                """)).hasMessageContaining("askedWhen on 'a' lists no answer, so the question would never be asked");
    }
}
