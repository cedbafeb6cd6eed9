package org.locus.ui.results;

import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results written by hand, so the test does not depend on what today's rules conclude: only on which findings each
 * question of the loaded questionnaire {@code informs}.
 */
class InformsOpenQuestionsTest {

    private final RuleBase ruleBase = TestRuleBase.get();
    private final InformsOpenQuestions openQuestions = new InformsOpenQuestions(ruleBase);

    private static DiagnosisResult result(List<DiagnosisResult.RecommendationResult> recommendations,
                                          List<DiagnosisResult.FindingResult> findings) {
        return new DiagnosisResult("test", Map.of(), findings, recommendations, List.of());
    }

    private static DiagnosisResult.RecommendationResult recommendation(int rank, String finding) {
        return new DiagnosisResult.RecommendationResult("rec-" + rank, rank, 3, "established", "local",
                new DiagnosisResult.Actor("local-government", "Local government"), "Recommendation " + rank, "", "s",
                List.of(), List.of(new DiagnosisResult.Contribution(finding, "Finding " + finding, 3, 3, "established",
                null, "rule")), List.of(), List.of("an indicator"), List.of(), List.of());
    }

    private static DiagnosisResult.FindingResult finding(String id) {
        return new DiagnosisResult.FindingResult(id, "Finding " + id, "", "concern", "s", List.of(), "established",
                List.of(), new DiagnosisResult.Claim("argued", "n"), List.of());
    }

    private Question informing(String finding) {
        return ruleBase.questionnaire().questions().stream().filter(q -> q.informs().contains(finding)).findFirst()
                .orElseThrow();
    }

    private String someFindingInformed() {
        return ruleBase.questionnaire().questions().stream().flatMap(q -> q.informs().stream()).findFirst().orElseThrow();
    }

    @Test
    void anOpenQuestionFeedingTheFindingBehindTheTopRecommendationIsWorthAnswering() {
        String finding = someFindingInformed();
        Question question = informing(finding);

        List<OpenQuestions.OpenQuestion> open = openQuestions.worthAnswering(Answers.none(),
                result(List.of(recommendation(1, finding)), List.of(finding(finding))));

        assertThat(open).extracting(OpenQuestions.OpenQuestion::question).contains(question);
        assertThat(open.get(0).reason()).contains("Finding " + finding).contains("recommendation 1");
    }

    @Test
    void anAnsweredQuestionIsNeverListed() {
        String finding = someFindingInformed();
        Question question = informing(finding);
        Answers answered = new Answers(List.of(Answer.choice(question.id(), "anything")));

        List<OpenQuestions.OpenQuestion> open = openQuestions.worthAnswering(answered,
                result(List.of(recommendation(1, finding)), List.of(finding(finding))));

        assertThat(open).extracting(OpenQuestions.OpenQuestion::question).doesNotContain(question);
    }

    @Test
    void questionsFeedingOnlyWhatTheResultDoesNotContainAreNotListed() {
        List<OpenQuestions.OpenQuestion> open = openQuestions.worthAnswering(Answers.none(), result(List.of(), List.of()));
        assertThat(open).isEmpty();
    }

    @Test
    void questionsBehindTheTopRecommendationComeBeforeThoseBehindAnOtherFinding() {
        List<String> informed = ruleBase.questionnaire().questions().stream().flatMap(q -> q.informs().stream())
                .distinct().toList();
        String top = informed.get(0);
        String other = informed.stream().filter(f -> ruleBase.questionnaire().questions().stream()
                .noneMatch(q -> q.informs().contains(f) && q.informs().contains(top))).findFirst().orElseThrow();

        List<OpenQuestions.OpenQuestion> open = openQuestions.worthAnswering(Answers.none(),
                result(List.of(recommendation(1, top)), List.of(finding(other), finding(top))));

        int lastForTop = -1;
        int firstForOther = Integer.MAX_VALUE;
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).question().informs().contains(top)) {
                lastForTop = i;
            } else {
                firstForOther = Math.min(firstForOther, i);
            }
        }
        assertThat(lastForTop).isGreaterThanOrEqualTo(0);
        assertThat(firstForOther).isLessThan(Integer.MAX_VALUE);
        assertThat(lastForTop).isLessThan(firstForOther);
    }
}
