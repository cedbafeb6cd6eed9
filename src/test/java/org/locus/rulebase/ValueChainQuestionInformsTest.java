package org.locus.rulebase;

import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.knowledge.Catalogue;
import org.locus.knowledge.RuleShape;
import org.locus.questionnaire.Question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question's {@code informs} list tells the adviser why the question is asked, so it must name exactly the findings
 * the answer can move: those whose rules read the question, directly or through the situations and findings they
 * test. Checked for the questions of the value chain sections, against every finding, so that a value-chain question
 * feeding a finding of the other half (or the reverse) is declared too.
 */
class ValueChainQuestionInformsTest {

    private static final Set<String> VALUE_CHAIN_SECTIONS =
            Set.of("value-chain-entry", "chain-governance-and-upgrading", "rents-and-national-context");

    @Test
    void everyValueChainQuestionInformsExactlyTheFindingsWhoseRulesReadIt() {
        RuleBase ruleBase = TestRuleBase.get();
        List<String> problems = new ArrayList<>();
        for (Question question : ruleBase.questionnaire().questions()) {
            if (!VALUE_CHAIN_SECTIONS.contains(question.sectionId())) {
                continue;
            }
            Set<String> fed = new LinkedHashSet<>();
            for (Catalogue.FindingEntry finding : ruleBase.catalogue().findings()) {
                if (questionsBehind(ruleBase, "finding", finding.id(), null, new HashSet<>()).contains(question.id())) {
                    fed.add(finding.id());
                }
            }
            if (!fed.equals(Set.copyOf(question.informs()))) {
                problems.add(question.id() + " informs " + question.informs() + " but its answer feeds " + fed);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theValueChainSectionsExist() {
        Set<String> sections = new HashSet<>();
        TestRuleBase.get().questionnaire().questions().forEach(q -> sections.add(q.sectionId()));
        assertThat(sections).containsAll(VALUE_CHAIN_SECTIONS);
    }

    /** The questions read by the rules deriving a fact, and by the rules behind the situations and findings they test. */
    private static Set<String> questionsBehind(RuleBase ruleBase, String kind, String id, List<String> values,
                                               Set<String> visited) {
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
