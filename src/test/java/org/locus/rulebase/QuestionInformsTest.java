package org.locus.rulebase;

import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.knowledge.Catalogue;
import org.locus.knowledge.RuleShape;
import org.locus.questionnaire.Question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question's {@code informs} list tells the adviser why it is asked, so it must say exactly which findings the
 * answer can move: those whose rules read the question, directly or through the situation values they test. Checked
 * for the findings of the local economic development concerns.
 */
class QuestionInformsTest {

    private static final Set<String> LED_CONCERNS =
            Set.of("planning", "social-policy", "enabling-environment", "locational-paradox", "cluster-life-cycle");

    @Test
    void everyQuestionInformsExactlyTheLedFindingsWhoseRulesReadIt() {
        RuleBase ruleBase = TestRuleBase.get();
        List<String> problems = new ArrayList<>();
        for (Catalogue.FindingEntry finding : ruleBase.catalogue().findings()) {
            if (!LED_CONCERNS.contains(finding.concern())) {
                continue;
            }
            Set<String> read = questionsBehind(ruleBase, "finding", finding.id(), null, new HashSet<>());
            for (Question question : ruleBase.questionnaire().questions()) {
                boolean declared = question.informs().contains(finding.id());
                if (declared && !read.contains(question.id())) {
                    problems.add(question.id() + " informs " + finding.id() + ", but no rule behind it reads the question");
                }
                if (!declared && read.contains(question.id())) {
                    problems.add(question.id() + " feeds " + finding.id() + " but does not list it under informs");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The questions read by the rules deriving a fact, and by the rules behind the situations and findings they test. */
    private static Set<String> questionsBehind(RuleBase ruleBase, String kind, String id, List<String> values, Set<String> visited) {
        Set<String> questions = new HashSet<>();
        for (RuleBase.Rule rule : ruleBase.rules()) {
            RuleShape shape = rule.shape();
            boolean derivesIt = shape.derives().stream().anyMatch(d -> d.kind().equals(kind) && d.id().equals(id)
                    && (values == null || values.isEmpty() || values.contains(d.value())));
            if (!derivesIt || !visited.add(rule.name())) {
                continue;
            }
            questions.addAll(shape.questions());
            for (RuleShape.SituationTest test : shape.situationTests()) {
                questions.addAll(questionsBehind(ruleBase, "situation", test.aspect(), test.values(), visited));
            }
            for (String finding : shape.findings()) {
                questions.addAll(questionsBehind(ruleBase, "finding", finding, null, visited));
            }
        }
        return questions;
    }
}
