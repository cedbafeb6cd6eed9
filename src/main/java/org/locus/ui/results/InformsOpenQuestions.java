package org.locus.ui.results;

import org.locus.diagnosis.DiagnosisDocument;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;
import org.springframework.context.annotation.Fallback;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open questions that feed what is near the top of the result, read from each question's {@code informs}: first
 * those feeding the findings behind the first recommendations, in rank order, then those feeding any other finding
 * made. It reads the questionnaire only; it does not try answers out.
 */
@Component
// built with each results page, on the rules that page shows (they may be reloaded in between)
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Fallback
class InformsOpenQuestions implements OpenQuestions {

    /** How many recommendations count as "near the top". */
    static final int TOP = 3;

    private final RuleBase ruleBase;

    InformsOpenQuestions(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    @Override
    public List<OpenQuestion> worthAnswering(Answers answers, DiagnosisDocument document) {
        DiagnosisResult result = document.diagnosis();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (DiagnosisResult.RecommendationResult r : result.recommendations().stream().limit(TOP).toList()) {
            reasons.putIfAbsent(r.id(), "bears on recommendation " + r.rank() + ", “" + r.title() + "”");
            for (DiagnosisResult.Contribution c : r.contributions()) {
                reasons.putIfAbsent(c.finding(), "could change “" + c.findingTitle() + "”, behind recommendation "
                        + r.rank());
            }
        }
        for (DiagnosisResult.FindingResult f : result.findings()) {
            reasons.putIfAbsent(f.id(), "could change the finding “" + f.title() + "”");
        }
        List<String> importance = new ArrayList<>(reasons.keySet());
        record Ranked(OpenQuestion question, int importance) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Question question : ruleBase.questionnaire().questions()) {
            if (answers.isAnswered(question.id())) {
                continue;
            }
            question.informs().stream().filter(reasons::containsKey).min(Comparator.comparingInt(importance::indexOf))
                    .ifPresent(id -> ranked.add(new Ranked(new OpenQuestion(question, reasons.get(id)),
                            importance.indexOf(id))));
        }
        return ranked.stream().sorted(Comparator.comparingInt(Ranked::importance)).map(Ranked::question).toList();
    }
}
