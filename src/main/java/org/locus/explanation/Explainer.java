package org.locus.explanation;

import org.locus.engine.Inference;
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

/** Turns one inference's justifications into traces that cite rules, sections and answers. */
public final class Explainer {

    private final RuleBase ruleBase;
    private final Map<Object, List<Inference.Justification>> justifications = new HashMap<>();
    private final Map<Object, List<TraceStep>> traces = new HashMap<>();

    public Explainer(RuleBase ruleBase, Inference inference) {
        this.ruleBase = ruleBase;
        inference.derivations().forEach(d -> justifications.put(d.fact(), d.justifications()));
    }

    /** The trace of a derived fact: one step per rule match that supports it. */
    public List<TraceStep> trace(Object fact) {
        return trace(fact, new HashSet<>());
    }

    public List<Inference.Justification> justificationsOf(Object fact) {
        return justifications.getOrDefault(fact, List.of());
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
        for (Inference.Justification justification : justificationsOf(fact)) {
            steps.add(step(justification, visiting));
        }
        visiting.remove(fact);
        List<TraceStep> trace = List.copyOf(steps);
        traces.put(fact, trace);
        return trace;
    }

    public TraceStep step(Inference.Justification justification) {
        return step(justification, new HashSet<>());
    }

    private TraceStep step(Inference.Justification justification, Set<Object> visiting) {
        RuleInfo rule = ruleBase.rule(justification.rule()).map(RuleBase.Rule::info)
                .orElseThrow(() -> new IllegalStateException("no rule '" + justification.rule() + "' in the rule base"));
        List<TraceStep.CitedAnswer> answers = new ArrayList<>();
        List<TraceStep.UsedFact> uses = new ArrayList<>();
        Catalogue catalogue = ruleBase.catalogue();
        for (Object matched : justification.matched()) {
            if (matched instanceof Answer answer) {
                Question question = ruleBase.questionnaire().require(answer.getQuestion());
                answers.add(new TraceStep.CitedAnswer(question.id(), question.text(), answer.documentValue(),
                        AnswerText.of(question, answer)));
            } else if (matched instanceof Situation situation) {
                String title = catalogue.situation(situation.getAspect())
                        .flatMap(a -> a.value(situation.getValue())).map(Catalogue.SituationValue::label)
                        .orElse(situation.getValue());
                uses.add(new TraceStep.UsedFact("situation", situation.getAspect(), situation.getValue(), title,
                        trace(situation, visiting)));
            } else if (matched instanceof Finding finding) {
                String title = catalogue.finding(finding.getId()).map(Catalogue.FindingEntry::title).orElse(finding.getId());
                uses.add(new TraceStep.UsedFact("finding", finding.getId(), null, title, trace(finding, visiting)));
            }
        }
        return new TraceStep(rule.name(), rule.description(), rule.section(), rule.cites(), rule.file(),
                List.copyOf(answers), List.copyOf(uses));
    }
}
