package org.locus.report;

import org.locus.diagnosis.DiagnosisResult;
import org.locus.explanation.TraceStep;
import org.locus.glossary.Glossary;

import java.util.List;

/** Which glossary terms a result uses: in its situation, findings, recommendations and their reasons. */
public final class ResultWords {

    private ResultWords() {
    }

    /** The terms of the chapter the result's words use, in glossary order. */
    public static List<Glossary.Term> used(Glossary glossary, DiagnosisResult result) {
        return glossary.usedIn(text(result), false);
    }

    /** Every word the result shows a reader, as one text. */
    static String text(DiagnosisResult result) {
        StringBuilder text = new StringBuilder();
        result.situation().values().forEach(values -> values.forEach(v -> {
            text.append(v.label()).append('\n');
            v.trace().forEach(step -> step(text, step));
        }));
        for (DiagnosisResult.FindingResult f : result.findings()) {
            text.append(f.title()).append('\n').append(f.summary()).append('\n').append(f.section()).append('\n');
        }
        for (DiagnosisResult.RecommendationResult r : result.recommendations()) {
            text.append(r.title()).append('\n').append(r.summary()).append('\n').append(r.section()).append('\n')
                    .append(r.actor().label()).append('\n');
            r.watch().forEach(w -> text.append(w).append('\n'));
            r.trace().forEach(step -> step(text, step));
        }
        return text.toString();
    }

    private static void step(StringBuilder text, TraceStep step) {
        text.append(step.description()).append('\n').append(step.section()).append('\n');
        step.answers().forEach(a -> text.append(a.text()).append(' ').append(a.answer()).append('\n'));
        for (TraceStep.UsedFact used : step.uses()) {
            text.append(used.title()).append('\n');
            used.trace().forEach(s -> step(text, s));
        }
    }
}
