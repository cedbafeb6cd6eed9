package org.locus.ui.results;

import org.locus.analysis.Analysis;
import org.locus.analysis.Analyst;
import org.locus.analysis.NextQuestion;
import org.locus.analysis.AnalysedDiagnosis;
import org.locus.diagnosis.DiagnosisDocument;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.questionnaire.Answers;
import org.locus.rulebase.RuleBase;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "To sharpen this result, answer these first": the don't-know questions whose possible answers, tried out by the
 * {@link Analyst}, would change the top three the most, each with what its most telling answer would do. The
 * questions that only feed findings near the top (from {@link InformsOpenQuestions}) follow, so the note is never
 * empty while something relevant is open.
 */
@Component
// built with each results page, on the rules that page shows (they may be reloaded in between)
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class AnalysedOpenQuestions implements OpenQuestions {

    private final Analyst analyst;
    private final RuleBase ruleBase;
    private final InformsOpenQuestions informed;

    AnalysedOpenQuestions(Analyst analyst, RuleBase ruleBase) {
        this.analyst = analyst;
        this.ruleBase = ruleBase;
        this.informed = new InformsOpenQuestions(ruleBase);
    }

    @Override
    public List<OpenQuestion> worthAnswering(Answers answers, DiagnosisDocument result) {
        List<OpenQuestion> open = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        Analysis analysis = result instanceof AnalysedDiagnosis analysed ? analysed.analysis() : analyst.analysis(answers);
        for (NextQuestion next : analysis.nextQuestions()) {
            open.add(new OpenQuestion(ruleBase.questionnaire().require(next.question()), reason(next)));
            listed.add(next.question());
        }
        for (DiagnosisResult.FindingResult finding : result.diagnosis().findings()) {
            for (String question : finding.settledBy()) {
                if (listed.add(question)) {
                    open.add(new OpenQuestion(ruleBase.questionnaire().require(question),
                            "would confirm or rule out the provisional finding “" + finding.title() + "”"));
                }
            }
        }
        informed.worthAnswering(answers, result).stream()
                .filter(q -> !listed.contains(q.question().id())).forEach(open::add);
        return List.copyOf(open);
    }

    /** What each answer that changes the top three would do: "if answered “yes”: “X” enters … · if answered “no”: …". */
    private static String reason(NextQuestion next) {
        return next.answers().stream().filter(a -> !a.effects().isEmpty())
                .map(a -> "if answered “" + a.text() + "”: " + String.join("; ",
                        a.effects().stream().map(WhatIfItem::describe).toList()))
                .collect(java.util.stream.Collectors.joining(" · "));
    }
}
