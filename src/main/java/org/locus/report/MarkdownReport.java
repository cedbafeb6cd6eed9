package org.locus.report;

import org.locus.diagnosis.DiagnosisResult;
import org.locus.explanation.TraceStep;
import org.locus.knowledge.Catalogue;
import org.locus.rulebase.RuleBase;

import java.util.List;
import java.util.Map;

/**
 * Renders a diagnosis as Markdown: the situation, the ranked recommendations each with its score broken down and the
 * chain of reasons down to the answers, then the findings and what was left unanswered, and the analysis when the
 * result carries one. Plain enough to read in a terminal, structured enough to paste into a report.
 */
public final class MarkdownReport {

    private final RuleBase ruleBase;

    public MarkdownReport(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    public String render(DiagnosisResult result) {
        StringBuilder out = new StringBuilder();
        int total = ruleBase.questionnaire().questions().size();
        out.append("# Locus diagnosis\n\n");
        out.append("Rule base ").append(result.ruleBaseVersion()).append(" · ")
                .append(total - result.unanswered().size()).append(" of ").append(total).append(" questions answered\n\n");
        situation(out, result);
        recommendations(out, result);
        findings(out, result);
        unanswered(out, result);
        if (result.analysis() != null) {
            new AnalysisSection(out).render(result.analysis());
        }
        return out.toString();
    }

    private void situation(StringBuilder out, DiagnosisResult result) {
        out.append("## Situation\n\n");
        for (Map.Entry<String, List<DiagnosisResult.SituationValue>> aspect : result.situation().entrySet()) {
            String title = ruleBase.catalogue().situation(aspect.getKey()).map(Catalogue.SituationAspect::title).orElse(aspect.getKey());
            out.append("- **").append(title).append("**: ");
            if (aspect.getValue().isEmpty()) {
                out.append("not determined from the answers given");
            } else {
                out.append(String.join("; ", aspect.getValue().stream().map(DiagnosisResult.SituationValue::label).toList()));
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private void recommendations(StringBuilder out, DiagnosisResult result) {
        out.append("## Recommendations\n\n");
        if (result.recommendations().isEmpty()) {
            out.append("No recommendation follows from the answers given. Answer more questions, or see the findings below.\n\n");
            return;
        }
        for (DiagnosisResult.RecommendationResult r : result.recommendations()) {
            out.append("### ").append(r.rank()).append(". ").append(r.title()).append(" (score ").append(r.score()).append(")\n\n");
            out.append(r.summary()).append("\n\n");
            out.append("*Chapter:* ").append(citation(r.section(), r.cites())).append("\n\n");
            out.append("*Score:* ");
            out.append(String.join(", ", r.contributions().stream()
                    .map(c -> (c.weight() > 0 ? "+" : "") + c.weight() + " " + c.findingTitle().toLowerCase(java.util.Locale.ROOT).charAt(0)
                            + c.findingTitle().substring(1)).toList()));
            out.append(" = ").append(r.score()).append("\n\n");
            out.append("*Why:*\n\n");
            for (TraceStep step : r.trace()) {
                for (TraceStep.UsedFact used : step.uses()) {
                    fact(out, used, 0);
                }
            }
            out.append('\n');
        }
    }

    /**
     * A derived fact and why it holds. One reason goes on the fact's own line; a fact several rules arrive at lists
     * each rule on a line of its own, so no reason reads as if it belonged to the line above.
     */
    private void fact(StringBuilder out, TraceStep.UsedFact fact, int depth) {
        String indent = "  ".repeat(depth);
        out.append(indent).append("- ").append(fact.title());
        if (fact.trace().size() == 1) {
            out.append(" — ").append(ruleCitation(fact.trace().get(0))).append('\n');
            reasons(out, fact.trace().get(0), depth + 1);
            return;
        }
        out.append(fact.trace().isEmpty() ? "\n" : ", for " + fact.trace().size() + " reasons:\n");
        for (TraceStep step : fact.trace()) {
            out.append(indent).append("  - ").append(ruleCitation(step)).append('\n');
            reasons(out, step, depth + 2);
        }
    }

    private void reasons(StringBuilder out, TraceStep step, int depth) {
        String indent = "  ".repeat(depth);
        for (TraceStep.CitedAnswer answer : step.answers()) {
            out.append(indent).append("- ").append(answer.text()).append(" **").append(answer.answer()).append("**\n");
        }
        for (TraceStep.UsedFact used : step.uses()) {
            fact(out, used, depth);
        }
    }

    private static String ruleCitation(TraceStep step) {
        return "rule \"" + step.rule() + "\" (" + step.section() + ")";
    }

    private void findings(StringBuilder out, DiagnosisResult result) {
        out.append("## Findings\n\n");
        if (result.findings().isEmpty()) {
            out.append("None.\n\n");
            return;
        }
        for (DiagnosisResult.FindingResult f : result.findings()) {
            out.append("- **").append(f.title()).append("** (").append(citation(f.section(), f.cites())).append(")  \n  ")
                    .append(f.summary()).append('\n');
        }
        out.append('\n');
    }

    private void unanswered(StringBuilder out, DiagnosisResult result) {
        if (result.unanswered().isEmpty()) {
            return;
        }
        out.append("## Not answered\n\n");
        out.append(result.unanswered().size()).append(" questions were answered don't know: ");
        out.append(String.join(", ", result.unanswered())).append(".\n");
    }

    private static String citation(String section, List<String> cites) {
        return cites.isEmpty() ? section : section + " (" + String.join("; ", cites) + ")";
    }
}
