package org.locus.analysis;

import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A why-not follows the structure of the rule as the parser read it: a rule that needs one condition and one of two
 * others is not reported as "any one of these would do".
 */
class WhyNotStructureTest {

    private static final String CERTIFICATION = "Standards and certification costs keep producers out";

    @Test
    void aRuleWithAnAlternativeInsideItsConditionsNeedsAllOfThemAndOneOfTheAlternatives() {
        Answers answers = new AnswersReader(TestRuleBase.get().questionnaire()).read("""
                {"answers": {"global-buyer-relations": "first-contacts", "codified-standards": false, "entry-readiness": 4,
                 "buyer-scouts-aware": true, "chain-programme-target": "leading-firms"}}""");

        WhyNot whyNot = new Analyst(TestRuleBase.diagnostician()).whyNot(answers, "reach-entry-threshold").orElseThrow();
        // the support resting on the certification barrier lacks that finding, which the rule would give
        WhyNot.RuleCheck check = whyNot.missingSupport().stream().map(WhyNot.Support::rule)
                .flatMap(rule -> rule.obstacles().stream()).flatMap(o -> o.wouldNeed().stream())
                .filter(rule -> rule.rule().equals(CERTIFICATION)).findFirst().orElseThrow();

        assertThat(check.anyOneSuffices()).isFalse();
        assertThat(check.obstacles()).extracting(WhyNot.Obstacle::kind).containsExactly("answered-otherwise", "none-of");
        assertThat(check.obstacles().get(0).question()).isEqualTo("codified-standards");
        assertThat(check.obstacles().get(1).alternatives()).extracting(WhyNot.Obstacle::question)
                .containsExactly("certification-burden", "testing-facility");
    }
}
