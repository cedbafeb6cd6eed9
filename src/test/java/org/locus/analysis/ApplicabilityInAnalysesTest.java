package org.locus.analysis;

import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;

import static org.assertj.core.api.Assertions.assertThat;

/** The analyses never ask, nor try, an answer to a question that does not apply; a what-if drops what stops applying. */
class ApplicabilityInAnalysesTest {

    private static final AnswersReader READER = new AnswersReader(TestRuleBase.get().questionnaire());

    private static Analysis analyse(String json) {
        return new Analyst(TestRuleBase.diagnostician()).analyse(READER.read(json)).analysis();
    }

    @Test
    void aQuestionRuledOutByAnEarlierAnswerIsNeverTheNextQuestion() {
        String noSchemes = "{\"answers\": {\"skills-schemes\": false, \"training-for-growing-industries\": \"unknown\"}}";
        String withSchemes = "{\"answers\": {\"skills-schemes\": true}}";

        assertThat(analyse(withSchemes).nextQuestions()).extracting(NextQuestion::question)
                .as("with schemes the comparison-group question can move the result").contains("placement-vs-comparison");
        assertThat(analyse(noSchemes).nextQuestions()).extracting(NextQuestion::question)
                .doesNotContain("placement-vs-comparison", "training-for-growing-industries");
        assertThat(analyse(noSchemes).whatIf()).flatExtracting(WhatIf::changes).extracting(AnswerChange::question)
                .doesNotContain("placement-vs-comparison", "training-for-growing-industries");
    }

    @Test
    void aWhatIfThatRulesOutLaterQuestionsDropsTheirAnswers() {
        Answers given = READER.read("{\"answers\": {\"skills-schemes\": true, \"placement-vs-comparison\": \"about-the-same\"}}");
        AnswerChange noSchemes = new AnswerChange("skills-schemes", "", "", true, "yes", false, "no");

        Answers after = noSchemes.applyTo(given, READER);

        assertThat(after.isAnswered("skills-schemes")).isTrue();
        assertThat(after.isAnswered("placement-vs-comparison")).isFalse();
    }
}
