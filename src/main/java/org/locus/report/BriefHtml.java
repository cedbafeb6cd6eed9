package org.locus.report;

import org.locus.analysis.AnalysedDiagnosis;
import org.locus.analysis.Analysis;
import org.locus.analysis.NextQuestion;
import org.locus.diagnosis.DiagnosisDocument;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Scores;
import org.locus.explanation.TraceStep;
import org.locus.glossary.Glossary;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Section;
import org.locus.rulebase.RuleBase;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The brief as XHTML for the PDF renderer: a first page a decision maker reads in two minutes ({@link Summary}), the
 * chart of what makes up each top score, one part per recommendation (why, the chapter section and cited works, the
 * indicators to watch), the findings, the open questions by their text and the glossary of the terms used. Strict
 * XML, since the renderer parses it as such; every text goes through {@link #esc}.
 */
final class BriefHtml {

    /** One colour per share of a score, in order; a chart of more shares repeats them. */
    private static final List<String> COLOURS = List.of("#1f5f99", "#4f9d69", "#d08c2b", "#8a5aa6", "#c4534a",
            "#3f8f9f", "#8c7b3a");

    private final RuleBase ruleBase;
    private final StringBuilder out = new StringBuilder();
    private final Set<String> explained = new HashSet<>();
    private Glossary.FirstUse firstUse;

    BriefHtml(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    String render(DiagnosisDocument document, Subject subject, Instant assessedAt) {
        out.setLength(0);
        explained.clear();
        firstUse = ruleBase.glossary().firstUse();
        DiagnosisResult result = document.diagnosis();
        Analysis analysis = document instanceof AnalysedDiagnosis a ? a.analysis() : null;
        Summary summary = Summary.of(ruleBase, document, subject, assessedAt);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"
                + "<head><meta charset=\"UTF-8\"/><title>").append(esc("Locus brief: " + summary.region()))
                .append("</title><meta name=\"author\" content=\"Locus\"/><meta name=\"subject\" content=\"")
                .append(esc("Local economic development and value chain diagnosis")).append("\"/><style>")
                .append(BriefStyle.CSS.replace("{region}", css(summary.region()))).append("</style></head><body>");
        firstPage(summary);
        chart(result, analysis);
        recommendations(result);
        findings(result);
        openQuestions(result, analysis);
        glossary();
        out.append("</body></html>");
        return out.toString();
    }

    private void firstPage(Summary summary) {
        out.append("<div class=\"first\"><p class=\"kicker\">Locus brief</p><h1>").append(esc(summary.region())).append("</h1>");
        out.append("<p class=\"meta\">Assessed ").append(esc(summary.assessed())).append(" · knowledge base of ")
                .append(esc(summary.knowledgeBase())).append(" · ").append(summary.answered()).append(" of ")
                .append(summary.questions()).append(" questions answered</p>");
        out.append("<p class=\"about\">").append(words("What local economic development (LED) and value chain "
                + "promotion can do here, after Knorringa and Meyer-Stamer (2007). A first reading, not a verdict: "
                + "each recommendation is explained in the pages that follow.")).append("</p>");
        if (!summary.situation().isEmpty()) {
            out.append("<h2>The situation</h2><ul class=\"situation\">");
            summary.situation().forEach(line -> out.append("<li>").append(words(line)).append("</li>"));
            out.append("</ul>");
        }
        out.append("<h2>What to do first, by who acts</h2>");
        if (summary.groups().isEmpty()) {
            out.append("<p>No recommendation follows from the answers given yet.</p>");
        }
        for (Summary.ActorGroup group : summary.groups()) {
            out.append("<h3 class=\"actor\">").append(words(group.actor())).append("</h3>");
            for (Summary.Top top : group.recommendations()) {
                out.append("<div class=\"top\"><p class=\"top-title\"><span class=\"rank\">").append(top.rank())
                        .append("</span> ").append(words(top.title())).append("</p><p class=\"reason\">")
                        .append(words(top.reason())).append("</p><p class=\"firm\"><b>How firm:</b> ")
                        .append(words(top.firmness())).append("</p>");
                if (top.wouldChange() != null) {
                    out.append("<p class=\"firm\"><b>What would change it:</b> ").append(words(top.wouldChange())).append("</p>");
                }
                out.append("</div>");
            }
        }
        if (!summary.questionsFirst().isEmpty()) {
            out.append("<h2>Answer these questions first</h2><ol class=\"questions\">");
            summary.questionsFirst().forEach(q -> out.append("<li>").append(words(q)).append("</li>"));
            out.append("</ol>");
        }
        out.append("</div>");
    }

    /** A bar per top recommendation, one segment per finding that counts for it, widths to one scale. */
    private void chart(DiagnosisResult result, Analysis analysis) {
        List<DiagnosisResult.RecommendationResult> top = Summary.top(result, analysis);
        if (top.isEmpty()) {
            return;
        }
        double scale = top.stream().mapToDouble(r -> r.contributions().stream().mapToDouble(c -> Math.max(0, c.counted())).sum())
                .max().orElse(1);
        out.append("<div class=\"part chart\"><h2>What makes up each top score</h2><p class=\"note\">Each bar is one "
                + "recommendation's score; each segment a finding that counts for it, at its weight (half for a "
                + "provisional finding). Findings that count against it are listed under the bar.</p>");
        for (DiagnosisResult.RecommendationResult r : top) {
            List<DiagnosisResult.Contribution> positive = r.contributions().stream().filter(c -> c.counted() > 0).toList();
            out.append("<div class=\"bar-block\"><p class=\"bar-title\">").append(r.rank()).append(". ")
                    .append(words(r.title())).append(" <span class=\"score\">score ").append(esc(Scores.text(r.score())))
                    .append("</span></p><table class=\"bar\"><tr>");
            double used = 0;
            for (int i = 0; i < positive.size(); i++) {
                double width = 100 * positive.get(i).counted() / scale;
                used += width;
                out.append("<td style=\"width:").append(String.format(java.util.Locale.ROOT, "%.1f", width))
                        .append("%;background:").append(COLOURS.get(i % COLOURS.size())).append("\">")
                        .append(esc(Scores.text(positive.get(i).counted()))).append("</td>");
            }
            if (used < 99.9) {
                out.append("<td class=\"rest\" style=\"width:").append(String.format(java.util.Locale.ROOT, "%.1f", 100 - used))
                        .append("%\"></td>");
            }
            out.append("</tr></table><ul class=\"legend\">");
            for (int i = 0; i < positive.size(); i++) {
                DiagnosisResult.Contribution c = positive.get(i);
                out.append("<li><span class=\"swatch\" style=\"background:").append(COLOURS.get(i % COLOURS.size()))
                        .append("\">&#160;&#160;</span> ").append(esc(Scores.signed(c.weight()))).append(' ')
                        .append(words(Words.lowerFirst(c.findingTitle())))
                        .append(c.status().equals("provisional") ? " (provisional, counts half)" : "").append("</li>");
            }
            r.contributions().stream().filter(c -> c.counted() < 0).forEach(c -> out.append("<li class=\"against\">")
                    .append(esc(Scores.signed(c.weight()))).append(" against it: ")
                    .append(words(Words.lowerFirst(c.findingTitle()))).append("</li>"));
            out.append("</ul></div>");
        }
        out.append("</div>");
    }

    private void recommendations(DiagnosisResult result) {
        String group = null;
        for (DiagnosisResult.RecommendationResult r : result.recommendations()) {
            // the top three each open a page; the others follow one another
            out.append(r.rank() <= Summary.TOP ? "<div class=\"part recommendation\">" : "<div class=\"recommendation next\">");
            if (!r.group().equals(group)) {
                group = r.group();
                out.append("<p class=\"group\">").append(words(GROUPS.getOrDefault(group, group))).append("</p>");
            }
            out.append("<h2><span class=\"rank\">").append(r.rank()).append("</span> ").append(words(r.title())).append("</h2>");
            out.append("<p class=\"meta\">Score ").append(esc(Scores.text(r.score())))
                    .append(r.established() ? " · established" : " · provisional").append(" · who acts: ")
                    .append(words(r.actor().label())).append("</p>");
            out.append("<p>").append(words(r.summary())).append("</p>");
            out.append("<h3>Why</h3><ul class=\"contributions\">");
            r.contributions().forEach(c -> out.append("<li>").append(esc(Scores.signed(c.weight()))).append(' ')
                    .append(words(Words.lowerFirst(c.findingTitle())))
                    .append(c.sameAnswersAs() != null ? " (counted once with a stronger support on the same answers)"
                            : c.status().equals("provisional") ? " (provisional, counts half)" : "").append("</li>"));
            out.append("</ul>");
            r.doubts().forEach(d -> out.append("<p class=\"doubt\">In doubt: it ").append(words(d)).append(".</p>"));
            out.append("<h3>In the chapter</h3><p>").append(words(r.section()))
                    .append(r.cites().isEmpty() ? "" : "; the works it cites there: " + words(String.join("; ", r.cites())))
                    .append("</p>");
            if (!r.watch().isEmpty()) {
                out.append("<h3>Indicators to watch</h3><ul>");
                r.watch().forEach(w -> out.append("<li>").append(words(w)).append("</li>"));
                out.append("</ul>");
            }
            // the full chain of reasons last: it is what runs over a page, and a reader may stop before it
            out.append("<div class=\"trace\"><p class=\"trace-head\">How Locus arrived at it, down to the answers</p><ul>");
            r.trace().forEach(step -> step.uses().forEach(this::fact));
            out.append("</ul></div>");
            out.append("</div>");
        }
    }

    private static final java.util.Map<String, String> GROUPS = java.util.Map.of("local", "What local actors can do",
            "higher", "What to ask of higher levels of government and of donors",
            "framing", "The chapter's framing conclusion");

    /** A derived fact and its reasons, told once; a later mention says it is explained above. */
    private void fact(TraceStep.UsedFact fact) {
        out.append("<li><b>").append(words(fact.title())).append("</b>")
                .append(fact.status().equals("provisional") ? " (provisional)" : "");
        if (fact.trace().isEmpty()) {
            out.append("</li>");
            return;
        }
        if (!explained.add(fact.kind() + ":" + fact.id() + ":" + fact.value())) {
            out.append(" <i>(explained above)</i></li>");
            return;
        }
        out.append("<ul>");
        for (TraceStep step : fact.trace()) {
            out.append("<li class=\"rule\">").append(words(step.description() == null || step.description().isBlank()
                    ? step.rule() : step.description())).append(" <i>(").append(words(step.section())).append(")</i><ul>");
            step.answers().forEach(a -> out.append("<li>You answered: ").append(words(a.text())).append(" <b>")
                    .append(words(a.answer())).append("</b></li>"));
            step.uses().forEach(this::fact);
            step.awaiting().forEach(a -> out.append("<li>Not answered yet: ").append(words(a.text())).append("</li>"));
            out.append("</ul></li>");
        }
        out.append("</ul></li>");
    }

    private void findings(DiagnosisResult result) {
        out.append("<div class=\"part\"><h2>Findings</h2>");
        if (result.findings().isEmpty()) {
            out.append("<p>None follows from the answers given.</p>");
        }
        for (DiagnosisResult.FindingResult f : result.findings()) {
            out.append("<div class=\"finding\"><p class=\"finding-title\">").append(words(f.title()))
                    .append(f.established() ? "" : " <span class=\"provisional\">(provisional)</span>").append("</p><p>")
                    .append(words(f.summary())).append("</p><p class=\"meta\">The chapter's claim is ")
                    .append(esc(f.claim().strength())).append(": ").append(words(f.claim().note())).append(" (")
                    .append(words(f.section())).append(")</p>");
            if (!f.established() && !f.settledBy().isEmpty()) {
                out.append("<p class=\"meta\">To settle it, answer: ").append(words(String.join("; ", texts(f.settledBy()))))
                        .append("</p>");
            }
            out.append("</div>");
        }
        out.append("</div>");
    }

    private void openQuestions(DiagnosisResult result, Analysis analysis) {
        out.append("<div class=\"part\"><h2>Open questions</h2>");
        if (result.unanswered().isEmpty()) {
            out.append("<p>Every question was answered.</p></div>");
            return;
        }
        if (analysis != null && !analysis.nextQuestions().isEmpty()) {
            out.append("<h3>These could change the top three</h3><ul>");
            for (NextQuestion next : analysis.nextQuestions()) {
                out.append("<li><b>").append(words(next.text())).append("</b><ul>");
                next.answers().stream().filter(a -> !a.effects().isEmpty()).forEach(a -> out.append("<li>If ")
                        .append(words(a.text())).append(": ").append(words(String.join("; ", a.effects().stream()
                                .map(e -> e.title() + " " + e.text()).toList()))).append("</li>"));
                out.append("</ul></li>");
            }
            out.append("</ul>");
        }
        out.append("<h3>Every question answered don't know, by step of the questionnaire</h3>");
        Set<String> open = new HashSet<>(result.unanswered());
        for (Section section : ruleBase.questionnaire().sections()) {
            List<Question> here = section.questions().stream().filter(q -> open.contains(q.id())).toList();
            if (here.isEmpty()) {
                continue;
            }
            out.append("<p class=\"step\">").append(words(section.title())).append("</p><ul>");
            here.forEach(q -> out.append("<li>").append(words(q.text())).append("</li>"));
            out.append("</ul>");
        }
        out.append("</div>");
    }

    private void glossary() {
        List<Glossary.Term> used = ruleBase.glossary().usedIn(out.toString(), true);
        if (used.isEmpty()) {
            return;
        }
        out.append("<div class=\"part glossary\"><h2>Glossary</h2><dl>");
        for (Glossary.Term term : used) {
            out.append("<dt>").append(esc(term.spelledOut())).append("</dt><dd>").append(esc(term.meaning()))
                    .append(term.section() == null ? "" : " <i>(" + esc(term.section()) + ")</i>").append("</dd>");
        }
        out.append("</dl></div>");
    }

    private List<String> texts(List<String> questions) {
        return questions.stream().map(id -> ruleBase.questionnaire().question(id).map(Question::text).orElse(id)).toList();
    }

    /** Text shown to the reader: abbreviations spelled out where first used, then escaped for XML. */
    private String words(String text) {
        return esc(firstUse.apply(text == null ? "" : text));
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    // XML 1.0 refuses most control characters outright
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** A text inside a CSS string of the page footer. */
    private static String css(String text) {
        return esc(text).replace("\\", "\\\\").replace("'", "\\'");
    }
}
