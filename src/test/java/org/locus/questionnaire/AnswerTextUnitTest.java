package org.locus.questionnaire;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerTextUnitTest {

    @Test
    void aPluralUnitIsSingularForExactlyOne() {
        assertThat(AnswerText.unit("chains", 1.0)).isEqualTo("chain");
        assertThat(AnswerText.unit("years", 1.0)).isEqualTo("year");
        assertThat(AnswerText.unit("chains", 2.0)).isEqualTo("chains");
        assertThat(AnswerText.unit("chains", 0.0)).isEqualTo("chains");
        assertThat(AnswerText.unit("%", 1.0)).isEqualTo("%");
    }
}
