package org.locus.report;

import org.locus.analysis.AnalysedDiagnosis;
import org.locus.diagnosis.DiagnosisDocument;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Scores;
import org.locus.explanation.TraceStep;
import org.locus.knowledge.Catalogue;
import org.locus.rulebase.RuleBase;

import org.locus.glossary.Glossary;
import org.locus.questionnaire.Question;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Renders a diagnosis as Markdown: a summary a decision maker reads first ({@link Summary}), then the situation, the
 * ranked recommendations each with its score broken down and the chain of reasons down to the answers (each
 * derivation told once, later mentions pointing back to it), the findings, the questions left unanswered by their
 * text, the analysis when the result carries one, and the glossary of the terms the report uses. Plain enough to read
 * in a terminal, structured enough to paste into a report; it names no internal id.
 */
public final class MarkdownReport {

    private final RuleBase ruleBase;
    /** The facts whose derivation this report has told already, so that it tells each once. */
    private final Set<String> explained = new HashSet<>();

    public MarkdownReport(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    /** The result of a region not named, assessed now. */
    public String render(DiagnosisDocument document) {
        return render(document, Subject.unnamed(), Instant.now());
    }

    /** The result alone, or with its analysis when the document carries one. */
    public String render(DiagnosisDocument document, Subject subject, Instant assessedAt) {
        explained.clear();
        DiagnosisResult result = document.diagnosis();
        StringBuilder out = new StringBuilder();
        summary(out, Summary.of(ruleBase, document, subject, assessedAt));
        situation(out, result);
        recommendations(out, result);
        findings(out, result);
        unanswered(out, result);
        if (document instanceof AnalysedDiagnosis analysed) {
            new AnalysisSection(out).render(analysed.analysis());
        }
        String body = ruleBase.glossary().firstUse().apply(out.toString());
        return body + glossary(body);
    }

    private void summary(StringBuilder out, Summary summary) {
        out.append("# ").append(summary.region()).append("\n\n");
        out.append("A brief from Locus, assessed ").append(summary.assessed()).append(" with the knowledge base of ")
                .append(summary.knowledgeBase()).append(", from ").append(summary.answered()).append(" of ")
                .append(summary.questions()).append(" questions answered.\n\n");
        out.append("## Summary\n\n");
        if (!summary.situation().isEmpty()) {
            out.append("**The situation.**\n\n");
            summary.situation().forEach(line -> out.append("- ").append(line).append('\n'));
            out.append('\n');
        }
        if (summary.groups().isEmpty()) {
            out.append("**No recommendation** follows from the answers given yet.\n\n");
        } else {
            out.append("**The top recommendations, by who acts.**\n\n");
            for (Summary.ActorGroup group : summary.groups()) {
                out.append("*").append(group.actor()).append("*\n\n");
                for (Summary.Top top : group.recommendations()) {
                    out.append(top.rank()).append(". **").append(top.title()).append("** ").append(top.reason())
                            .append("  \n   *How firm:* ").append(top.firmness());
                    if (top.wouldChange() != null) {
                        out.append("  \n   *What would change it:* ").append(top.wouldChange());
                    }
                    out.append('\n');
                }
                out.append('\n');
            }
        }
        if (!summary.questionsFirst().isEmpty()) {
            out.append("**Answer these questions first**, they could change the top recommendations:\n\n");
            summary.questionsFirst().forEach(q -> out.append("- ").append(q).append('\n'));
            out.append('\n');
        }
    }

    /** The terms of the chapter and of Locus's results that the report uses, in the glossary's words. */
    private String glossary(String body) {
        List<Glossary.Term> used = ruleBase.glossary().usedIn(body, true);
        if (used.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n## Glossary\n\n");
        for (Glossary.Term term : used) {
            out.append("- **").append(term.spelledOut()).append("**: ").append(term.meaning())
                    .append(term.section() == null ? "" : " *(" + term.section() + ")*").append('\n');
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
        String text = Scores.signed(c.weight()) + " " + Words.lowerFirst(c.findingTitle());
        if (c.sameAnswersAs() != null) {
            return text + " (counted once with a stronger support resting on the same answers)";
        }
        return c.status().equals("provisional") ? text + " (provisional, counts " + Scores.signed(c.counted()) + ")" : text;
    }

    private String before(DiagnosisResult.Before before) {
        if (before.kind().equals("recommendation")) {
            return "the chapter puts \"" + before.title() + "\" (rank " + before.rank() + ") before this";
        }
        return "settle " + Words.lowerFirst(before.title()) + " before choosing this"
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
        if (!fact.trace().isEmpty() && !explained.add(fact.kind() + ":" + fact.id() + ":" + fact.value())) {
            out.append(" — explained above\n");
            return;
        }
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
        out.append(result.unanswered().size()).append(result.unanswered().size() == 1 ? " question was" : " questions were")
                .append(" answered don't know:\n\n");
        result.unanswered().forEach(id -> out.append("- ").append(ruleBase.questionnaire().question(id)
                .map(Question::text).orElse(id)).append('\n'));
    }

    private static String citation(String section, List<String> cites) {
        return cites.isEmpty() ? section : section + " (" + String.join("; ", cites) + ")";
    }
}
