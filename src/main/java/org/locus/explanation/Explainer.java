package org.locus.explanation;

import org.locus.reasoning.Conclusion;
import org.locus.reasoning.Reasoning;
import org.locus.reasoning.Status;
import org.locus.reasoning.Support;
import org.locus.engine.RuleInfo;
import org.locus.knowledge.Answer;
import org.locus.knowledge.Catalogue;
import org.locus.knowledge.Finding;
import org.locus.knowledge.Situation;
import org.locus.questionnaire.AnswerText;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns one region's conclusions and the rule matches behind them into traces that cite rules, sections and answers. */
public final class Explainer {

    private final RuleBase ruleBase;
    private final Reasoning reasoning;
    private final Map<Object, List<TraceStep>> traces = new HashMap<>();

    public Explainer(RuleBase ruleBase, Reasoning reasoning) {
        this.ruleBase = ruleBase;
        this.reasoning = reasoning;
    }

    /** The trace of a derived fact: one step per rule match that supports it. */
    public List<TraceStep> trace(Object fact) {
        return trace(fact, new HashSet<>());
    }

    public List<Support> supportsOf(Object fact) {
        return reasoning.of(fact).map(Conclusion::supports).orElse(List.of());
    }

    private List<TraceStep> trace(Object fact, Set<Object> visiting) {
        List<TraceStep> cached = traces.get(fact);
        if (cached != null) {
            return cached;
        }
        if (!visiting.add(fact)) {
            return List.of(); // a cycle in the rules: the outer step already explains this fact
        }
        List<TraceStep> steps = new ArrayList<>();
        for (Support support : supportsOf(fact)) {
            steps.add(step(support, visiting));
        }
        visiting.remove(fact);
        List<TraceStep> trace = List.copyOf(steps);
        traces.put(fact, trace);
        return trace;
    }

    private TraceStep step(Support support, Set<Object> visiting) {
        RuleInfo rule = ruleBase.rule(support.rule()).map(RuleBase.Rule::info)
                .orElseThrow(() -> new IllegalStateException("no rule '" + support.rule() + "' in the rule base"));
        List<TraceStep.CitedAnswer> answers = new ArrayList<>();
        List<TraceStep.UsedFact> uses = new ArrayList<>();
        Catalogue catalogue = ruleBase.catalogue();
        boolean provisional = rule.isProvisional() || !support.awaiting().isEmpty();
        for (Object matched : support.matched()) {
            if (matched instanceof Answer answer) {
                Question question = ruleBase.questionnaire().require(answer.getQuestion());
                answers.add(new TraceStep.CitedAnswer(question.id(), question.text(), answer.documentValue(),
                        AnswerText.of(question, answer)));
            } else if (matched instanceof Situation situation) {
                String title = catalogue.situation(situation.getAspect())
                        .flatMap(a -> a.value(situation.getValue())).map(Catalogue.SituationValue::label)
                        .orElse(situation.getValue());
                String status = status(situation);
                provisional |= !status.equals(Status.ESTABLISHED.id());
                uses.add(new TraceStep.UsedFact("situation", situation.getAspect(), situation.getValue(), title,
                        status, trace(situation, visiting)));
            } else if (matched instanceof Finding finding) {
                String title = catalogue.finding(finding.getId()).map(Catalogue.FindingEntry::title).orElse(finding.getId());
                String status = status(finding);
                provisional |= !status.equals(Status.ESTABLISHED.id());
                uses.add(new TraceStep.UsedFact("finding", finding.getId(), null, title, status, trace(finding, visiting)));
            }
        }
        List<TraceStep.AwaitedAnswer> awaiting = support.awaiting().isEmpty() ? List.of()
                : ruleBase.questionnaire().questions().stream().filter(q -> support.awaiting().contains(q.id()))
                .map(q -> new TraceStep.AwaitedAnswer(q.id(), q.text())).toList();
        return new TraceStep(rule.name(), rule.description(), rule.section(), rule.cites(), rule.file(),
                (provisional ? Status.PROVISIONAL : Status.ESTABLISHED).id(), List.copyOf(answers), List.copyOf(uses),
                awaiting);
    }

    /** "established" or "provisional" for a derived fact. */
    public String status(Object fact) {
        return reasoning.of(fact).map(c -> c.status().id()).orElse(Status.PROVISIONAL.id());
    }
}
