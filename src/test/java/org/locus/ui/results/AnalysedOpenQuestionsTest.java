package org.locus.ui.results;

import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.analysis.Analyst;
import org.locus.analysis.NextQuestion;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.questionnaire.Answers;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysedOpenQuestionsTest {

    @Test
    void putsTheQuestionsWhoseAnswersMoveTheTopThreeFirstAndSaysWhatTheyWouldDo() {
        Analyst analyst = new Analyst(TestRuleBase.diagnostician());
        AnalysedOpenQuestions open = new AnalysedOpenQuestions(analyst, TestRuleBase.get());
        LibraryCase castellon = org.locus.cases.CaseLibraryTest.library().find("castellon-ceramic-tiles").orElseThrow();
        Answers answers = castellon.answers();
        DiagnosisResult result = TestRuleBase.diagnostician().diagnose(answers);

        List<OpenQuestions.OpenQuestion> worth = open.worthAnswering(answers, result);
        List<String> analysed = analyst.analysis(answers).nextQuestions().stream().map(n -> n.question()).toList();

        assertThat(analysed).isNotEmpty();
        assertThat(worth).extracting(q -> q.question().id()).startsWith(analysed.toArray(String[]::new))
                .doesNotHaveDuplicates();
        NextQuestion first = analyst.analysis(answers).nextQuestions().get(0);
        assertThat(worth.get(0).reason()).startsWith("if answered “");
        first.answers().stream().filter(a -> !a.effects().isEmpty()).forEach(a -> assertThat(worth.get(0).reason())
                .contains("if answered “" + a.text() + "”: “" + a.effects().get(0).title() + "” " + a.effects().get(0).text()));
        first.answers().stream().filter(a -> a.effects().isEmpty())
                .forEach(a -> assertThat(worth.get(0).reason()).doesNotContain("if answered “" + a.text() + "”:"));
        assertThat(worth).allSatisfy(q -> assertThat(answers.isAnswered(q.question().id())).isFalse());
    }
}
