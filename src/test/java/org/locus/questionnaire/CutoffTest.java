package org.locus.questionnaire;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A cut-off is read by the two comparisons either side of it, and the help says it is Locus's own. */
class CutoffTest {

    @Test
    void aBandUpwardsIsReadByAtLeastOrBelowItsBoundaryAndNothingElse() {
        Cutoff from30 = new Cutoff(true, 30, "much");
        assertThat(from30.isReadBy(">=", 30)).isTrue();
        assertThat(from30.isReadBy("<", 30)).isTrue();
        assertThat(from30.isReadBy(">", 30)).isFalse();
        assertThat(from30.isReadBy("<=", 30)).isFalse();
        assertThat(from30.isReadBy(">=", 20)).isFalse();
        Cutoff upTo2 = new Cutoff(false, 2, "little");
        assertThat(upTo2.isReadBy("<=", 2)).isTrue();
        assertThat(upTo2.isReadBy(">", 2)).isTrue();
        assertThat(upTo2.isReadBy("<", 2)).isFalse();
        assertThat(upTo2.comparisons()).isEqualTo("number <= 2 or number > 2");
    }

    @Test
    void theHelpOfACutQuestionSaysWhereLocusCutsIt() {
        Questionnaire questionnaire = QuestionnaireReader.read("q.yaml", """
                sections:
                  - id: s
                    title: S
                    questions:
                      - id: share
                        text: Share?
                        help: Count them.
                        section: x
                        type: number
                        unit: "%"
                        min: 0
                        max: 100
                        cutoffs: [{from: 30, means: "branch plants carry much of the employment"}]
                """);

        assertThat(questionnaire.require("share").helpWithCutoffs()).isEqualTo("Count them. Locus reads the answer by "
                + "cut-offs of its own, not figures from the chapter: 30 % or more reads as branch plants carry much of the "
                + "employment.");
    }
}
