package org.locus.report;

import org.locus.analysis.AnalysedDiagnosis;
import org.locus.diagnosis.DiagnosisDocument;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Scores;
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

    /** The result alone, or with its analysis when the document carries one. */
    public String render(DiagnosisDocument document) {
        DiagnosisResult result = document.diagnosis();
        StringBuilder out = new StringBuilder();
        int total = ruleBase.questionnaire().questions().size();
        out.append("# Locus diagnosis\n\n");
        out.append("Rule base ").append(result.ruleBaseVersion()).append(" · ")
                .append(total - result.unanswered().size()).append(" of ").append(total).append(" questions answered\n\n");
        situation(out, result);
        recommendations(out, result);
        findings(out, result);
        unanswered(out, result);
        if (document instanceof AnalysedDiagnosis analysed) {
            new AnalysisSection(out).render(analysed.analysis());
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
                out.append(String.join("; ", aspect.getValue().stream().map(v -> v.label()
                        + (v.status().equals("provisional") ? " (provisional" + (v.settledBy().isEmpty() ? ")"
                        : "; to settle it, answer " + questionTexts(v.settledBy()) + ")") : "")).toList()));
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
        String group = null;
        for (DiagnosisResult.RecommendationResult r : result.recommendations()) {
            if (!r.group().equals(group)) {
                group = r.group();
                out.append("**").append(GROUPS.get(group)).append("**\n\n");
            }
            out.append("### ").append(r.rank()).append(". ").append(r.title()).append(" (score ")
                    .append(Scores.text(r.score())).append(r.established() ? "" : ", provisional").append(")\n\n");
            out.append(r.summary()).append("\n\n");
            out.append("*Who acts:* ").append(r.actor().label()).append(" · *Chapter:* ")
                    .append(citation(r.section(), r.cites())).append("\n\n");
            out.append("*Score:* ");
            out.append(String.join(", ", r.contributions().stream().map(MarkdownReport::contribution).toList()));
            out.append(" = ").append(Scores.text(r.score())).append("\n\n");
            for (String doubt : r.doubts()) {
                out.append("*In doubt:* it ").append(doubt).append("\n\n");
            }
            for (DiagnosisResult.Before before : r.after()) {
                out.append("*First:* ").append(before(before)).append("\n\n");
            }
            out.append("*Watch:* ").append(String.join("; ", r.watch())).append("\n\n");
            out.append("*Why:*\n\n");
            for (TraceStep step : r.trace()) {
                for (TraceStep.UsedFact used : step.uses()) {
                    fact(out, used, 0);
                }
            }
            out.append('\n');
        }
    }

    private static final Map<String, String> GROUPS = Map.of("local", "What local actors can do",
            "higher", "What to ask of higher levels of government and of donors",
            "framing", "The chapter's framing conclusion");

    /** "+4 growth is slow", "+1.5 a provisional finding (provisional, counts half)". */
    private static String contribution(DiagnosisResult.Contribution c) {
        String text = Scores.signed(c.weight()) + " " + Character.toLowerCase(c.findingTitle().charAt(0))
                + c.findingTitle().substring(1);
        if (c.sameAnswersAs() != null) {
            return text + " (counted once with a stronger support resting on the same answers)";
        }
        return c.status().equals("provisional") ? text + " (provisional, counts " + Scores.signed(c.counted()) + ")" : text;
    }

    private String before(DiagnosisResult.Before before) {
        if (before.kind().equals("recommendation")) {
            return "the chapter puts \"" + before.title() + "\" (rank " + before.rank() + ") before this";
        }
        return "settle " + before.title().toLowerCase(java.util.Locale.ROOT) + " before choosing this"
                + (before.questions().isEmpty() ? "" : "; answer " + questionTexts(before.questions()));
    }

    private String questionTexts(List<String> questions) {
        return String.join(" and ", questions.stream().map(q -> "\"" + ruleBase.questionnaire().require(q).text() + "\"").toList());
    }

    /**
     * A derived fact and why it holds. One reason goes on the fact's own line; a fact several rules arrive at lists
     * each rule on a line of its own, so no reason reads as if it belonged to the line above.
     */
    private void fact(StringBuilder out, TraceStep.UsedFact fact, int depth) {
        String indent = "  ".repeat(depth);
        out.append(indent).append("- ").append(fact.title()).append(fact.status().equals("provisional") ? " (provisional)" : "");
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
        for (TraceStep.AwaitedAnswer awaited : step.awaiting()) {
            out.append(indent).append("- awaits an answer to: ").append(awaited.text()).append('\n');
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
            out.append("- **").append(f.title()).append("** (").append(citation(f.section(), f.cites())).append(")");
            if (!f.established()) {
                out.append(" — provisional").append(f.settledBy().isEmpty() ? "" : "; to settle it, answer "
                        + questionTexts(f.settledBy()));
            }
            out.append("  \n  ").append(f.summary()).append("  \n  The chapter's claim: ").append(f.claim().strength())
                    .append(" — ").append(f.claim().note()).append('\n');
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
