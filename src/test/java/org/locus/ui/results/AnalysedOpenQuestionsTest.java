package org.locus.ui.results;

import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.analysis.Analyst;
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
        assertThat(worth.get(0).reason()).startsWith("answering “").contains("would change the top three");
        assertThat(worth).allSatisfy(q -> assertThat(answers.isAnswered(q.question().id())).isFalse());
    }
}
