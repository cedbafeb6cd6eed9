package org.locus.report;

import org.locus.analysis.Analysis;
import org.locus.analysis.AnswerChange;
import org.locus.analysis.NextQuestion;
import org.locus.analysis.RankChange;
import org.locus.analysis.Robustness;
import org.locus.analysis.WhatIf;
import org.locus.analysis.WhyNot;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The analysis part of the Markdown report: how robust the top three are, which questions to answer first, what
 * answer changes would change the top three, and why the other recommendations are not among them.
 */
final class AnalysisSection {

    /** Beyond these, the report says how many more there are; the results page and the API list them all. */
    private static final int WHAT_IFS_SHOWN = 12;
    private static final int NEXT_QUESTIONS_SHOWN = 5;

    private final StringBuilder out;

    AnalysisSection(StringBuilder out) {
        this.out = out;
    }

    void render(Analysis analysis) {
        out.append("\n## Beyond the trace\n\n");
        robustness(analysis);
        nextQuestions(analysis);
        whatIf(analysis);
        whyNot(analysis);
        out.append("*Tried:* ").append(analysis.extent().singleChanges()).append(" single answer changes and ")
                .append(analysis.extent().pairs()).append(" pairs")
                .append(analysis.extent().pairsCapped() ? " (more pairs qualified than the budget allows)" : "")
                .append(".\n");
    }

    private void robustness(Analysis analysis) {
        out.append("### How robust is the top three\n\n");
        if (analysis.robustness().isEmpty()) {
            out.append("No recommendation is made, so there is nothing to push out.\n\n");
            return;
        }
        for (Robustness r : analysis.robustness()) {
            out.append(r.rank()).append(". **").append(r.title()).append("**: ").append(r.label());
            if (r.questions() == 0) {
                out.append(" (no single changed answer pushes it out)\n");
                continue;
            }
            out.append(" (").append(r.questions()).append(r.questions() == 1 ? " question" : " questions")
                    .append(" can each push it out)\n");
            r.changes().forEach(w -> out.append("   - ").append(w.changes().get(0).describe()).append('\n'));
        }
        out.append('\n');
    }

    private void nextQuestions(Analysis analysis) {
        out.append("### To sharpen this result, answer these first\n\n");
        if (analysis.nextQuestions().isEmpty()) {
            out.append("No unanswered question could change the top three on its own.\n\n");
            return;
        }
        for (NextQuestion next : analysis.nextQuestions().stream().limit(NEXT_QUESTIONS_SHOWN).toList()) {
            out.append("- **").append(next.text()).append("** (").append(next.section()).append(")\n");
            for (NextQuestion.PossibleAnswer answer : next.answers()) {
                out.append("  - ").append(answer.text()).append(": ").append(effects(answer.effects())).append('\n');
            }
        }
        more(analysis.nextQuestions().size(), NEXT_QUESTIONS_SHOWN, "questions");
        out.append('\n');
    }

    private void whatIf(Analysis analysis) {
        out.append("### What if\n\n");
        if (analysis.whatIf().isEmpty()) {
            out.append("No change of one answer, nor of the pairs tried, changes the top three.\n\n");
            return;
        }
        analysis.whatIf().stream().limit(WHAT_IFS_SHOWN)
                .forEach(w -> out.append("- ").append(changes(w)).append('\n'));
        more(analysis.whatIf().size(), WHAT_IFS_SHOWN, "changes");
        out.append('\n');
    }

    private void whyNot(Analysis analysis) {
        out.append("### Why not the others\n\n");
        for (WhyNot whyNot : analysis.whyNot()) {
            out.append("- **").append(whyNot.title()).append("** (").append(whyNot.section()).append("): ")
                    .append(whyNot.status()).append('\n');
            for (WhyNot.Counter counter : whyNot.counterEvidence()) {
                out.append("  - Against it: ").append(counter.findingTitle()).append(" (").append(counter.weight())
                        .append(", ").append(counter.section()).append(")\n");
            }
            for (WhyNot.Support support : whyNot.missingSupport()) {
                out.append("  - Would argue for it: ").append(support.findingTitle()).append(" (+")
                        .append(support.weight()).append("), but rule \"").append(support.rule().rule()).append("\" does not fire:\n");
                obstacles(support.rule(), "    ");
            }
            for (WhatIf w : whyNot.wouldBringIn()) {
                out.append("  - Enters the top three if ").append(w.changes().stream().map(AnswerChange::describe)
                        .collect(Collectors.joining(" and "))).append('\n');
            }
        }
        out.append('\n');
    }

    private void obstacles(WhyNot.RuleCheck check, String indent) {
        obstacles(check.obstacles(), check.anyOneSuffices(), indent);
    }

    private void obstacles(List<WhyNot.Obstacle> obstacles, boolean anyOneSuffices, String indent) {
        if (anyOneSuffices) {
            out.append(indent).append("- (any one of these would do)\n");
        }
        for (WhyNot.Obstacle obstacle : obstacles) {
            out.append(indent).append("- ").append(obstacle.text()).append('\n');
            if (!obstacle.alternatives().isEmpty()) {
                obstacles(obstacle.alternatives(), false, indent + "  ");
            }
            for (WhyNot.RuleCheck route : obstacle.wouldNeed()) {
                out.append(indent).append("  - rule \"").append(route.rule()).append("\" (").append(route.section())
                        .append(") would give it, but:\n");
                obstacles(route, indent + "    ");
            }
        }
    }

    private void more(int total, int shown, String what) {
        if (total > shown) {
            out.append("- … and ").append(total - shown).append(" more ").append(what).append('\n');
        }
    }

    private static String changes(WhatIf whatIf) {
        return whatIf.changes().stream().map(AnswerChange::describe).collect(Collectors.joining(" and "))
                + ": " + effects(whatIf.effects());
    }

    private static String effects(List<RankChange> effects) {
        if (effects.isEmpty()) {
            return "the top three stay as they are";
        }
        return effects.stream().map(e -> e.title() + " " + e.text()).collect(Collectors.joining("; "));
    }
}
