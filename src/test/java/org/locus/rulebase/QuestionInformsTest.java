package org.locus.rulebase;

import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.knowledge.Catalogue;
import org.locus.knowledge.RuleShape;
import org.locus.questionnaire.Question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question's {@code informs} list tells the adviser why it is asked, so it must name exactly the findings the answer
 * can move: those whose rules read the question, directly or through the situations and findings they test. Checked
 * for every question against every finding, so a question of one concern feeding a finding of another is declared
 * too.
 */
class QuestionInformsTest {

    @Test
    void everyQuestionInformsExactlyTheFindingsWhoseRulesReadIt() {
        RuleBase ruleBase = TestRuleBase.get();
        Map<String, Set<String>> questionsByFinding = new HashMap<>();
        for (Catalogue.FindingEntry finding : ruleBase.catalogue().findings()) {
            questionsByFinding.put(finding.id(), questionsBehind(ruleBase, "finding", finding.id(), null, new HashSet<>()));
        }
        List<String> problems = new ArrayList<>();
        for (Question question : ruleBase.questionnaire().questions()) {
            Set<String> fed = new LinkedHashSet<>();
            ruleBase.catalogue().findings().stream().map(Catalogue.FindingEntry::id)
                    .filter(finding -> questionsByFinding.get(finding).contains(question.id())).forEach(fed::add);
            if (!fed.equals(Set.copyOf(question.informs()))) {
                problems.add(question.id() + " informs " + question.informs() + " but its answer feeds " + fed);
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
