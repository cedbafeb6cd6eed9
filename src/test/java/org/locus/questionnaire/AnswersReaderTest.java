package org.locus.questionnaire;

import org.junit.jupiter.api.Test;
import org.locus.MiniRuleBase;
import org.locus.knowledge.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswersReaderTest {

    private final AnswersReader reader = new AnswersReader(MiniRuleBase.get().questionnaire());

    @Test
    void readsEachTypeAndTreatsUnknownAndNullAsDontKnow() {
        Answers answers = reader.read("""
                {"answers": {"red-tape": true, "growth": 4, "sector": "shoes", "export-share": 42.5,
                             "remote": "unknown"}}""");

        assertThat(answers.facts()).containsExactly(Answer.yesNo("red-tape", true), Answer.number("growth", 4),
                Answer.choice("sector", "shoes"), Answer.number("export-share", 42.5));
        assertThat(answers.isAnswered("remote")).isFalse();
        assertThat(reader.read("{\"answers\": {\"growth\": null}}").size()).isZero();
    }

    @Test
    void theDocumentRoundTrips() {
        Answers answers = reader.read("{\"answers\": {\"red-tape\": false, \"growth\": 2, \"export-share\": 12.5}}");

        assertThat(answers.toDocument()).isEqualTo(java.util.Map.of("answers",
                java.util.Map.of("red-tape", false, "growth", 2L, "export-share", 12.5)));
    }

    @Test
    void everyProblemIsReportedWithAPointer() {
        assertThatThrownBy(() -> reader.read("""
                {"answers": {"red-tape": "yes", "growth": 7, "sector": "hats", "export-share": -1, "colour": "red"}}"""))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.problems()).containsExactly(
                        new AnswerProblem("/answers/red-tape", "expected true, false or \"unknown\" for a yes-no question, got \"yes\""),
                        new AnswerProblem("/answers/growth", "7 is above the maximum 5"),
                        new AnswerProblem("/answers/sector", "unknown option \"hats\"; expected one of [\"tiles\", \"shoes\"] or \"unknown\""),
                        new AnswerProblem("/answers/export-share", "-1 % is below the minimum 0 %"),
                        new AnswerProblem("/answers/colour", "unknown question 'colour'")));
    }

    @Test
    void aScaleTakesWholeNumbersOnly() {
        assertThatThrownBy(() -> reader.read("{\"answers\": {\"growth\": 2.5}}"))
                .hasMessageContaining("/answers/growth: expected a whole number from 1 (shrinking) to 5 (booming)");
    }

    @Test
    void aNearMissQuestionIdGetsASuggestion() {
        assertThatThrownBy(() -> reader.read("{\"answers\": {\"export\": 10}}"))
                .hasMessage("/answers/export: unknown question 'export' (did you mean 'export-share'?)");
    }

    @Test
    void malformedEmptyAndShapelessDocumentsAreRejectedClearly() {
        assertThatThrownBy(() -> reader.read("{\"answers\": {")).hasMessageStartingWith("document: not valid JSON at line 1");
        assertThatThrownBy(() -> reader.read("  ")).hasMessage("document: the document is empty; expected {\"answers\": {\"<question-id>\": <value>, ...}}");
        assertThatThrownBy(() -> reader.read("[1, 2]")).hasMessage("document: expected an object {\"answers\": {...}}");
        assertThatThrownBy(() -> reader.read("{\"region\": \"x\"}")).hasMessageStartingWith("/answers: 'answers' is missing");
        assertThatThrownBy(() -> reader.read("{\"answers\": [true]}")).hasMessage("/answers: 'answers' must be an object of question ids to values");
    }

    @Test
    void pointersEscapeSlashAndTilde() {
        assertThatThrownBy(() -> reader.read("{\"answers\": {\"a/b~c\": 1}}"))
                .isInstanceOfSatisfying(InvalidAnswersException.class,
                        e -> assertThat(e.problems().get(0).pointer()).isEqualTo("/answers/a~1b~0c"));
    }
}
