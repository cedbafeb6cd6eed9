package org.locus.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locus.TestRuleBase;
import org.locus.analysis.AnalysedDiagnosis;
import org.locus.analysis.Analyst;
import org.locus.cases.CaseLibraryTest;
import org.locus.cases.LibraryCase;
import org.locus.glossary.Glossary;
import org.locus.knowledge.Catalogue;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Markdown report as a decision maker reads it: the summary first, in words, and no internal id. */
class MarkdownReportTest {

    private static final Analyst ANALYST = new Analyst(TestRuleBase.diagnostician());
    static final Instant ASSESSED = Instant.parse("2026-12-02T09:30:00Z");

    static Stream<LibraryCase> cases() {
        return CaseLibraryTest.library().cases().stream();
    }

    static Subject subject(LibraryCase c) {
        return new Subject(c.place(), c.period());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void opensWithTheSummaryAndNamesNoInternalId(LibraryCase libraryCase) {
        RuleBase ruleBase = TestRuleBase.get();
        AnalysedDiagnosis result = ANALYST.analyse(libraryCase.answers());
        String report = new MarkdownReport(ruleBase).render(result, subject(libraryCase), ASSESSED);
        Summary summary = Summary.of(ruleBase, result, subject(libraryCase), ASSESSED);

        assertThat(report).startsWith("# " + subject(libraryCase).title() + "\n\n"
                + "A brief from Locus, assessed 2 December 2026, 09:30 UTC with the knowledge base of "
                + ruleBase.edition().name());
        String head = report.substring(0, report.indexOf("\n## Situation"));
        assertThat(head).contains("## Summary");
        summary.groups().forEach(g -> {
            // the first group's actor may be where LED is first used, and so spelled out
            assertThat(head).containsAnyOf("*" + g.actor() + "*\n",
                    "*" + g.actor().replace("LED", "local economic development (LED)") + "*\n");
            g.recommendations().forEach(t -> assertThat(head).contains(t.rank() + ". **" + t.title() + "** "
                    + t.reason() + "  \n   *How firm:* " + t.firmness() + "  \n   *What would change it:* "));
        });
        summary.questionsFirst().forEach(q -> assertThat(head).containsAnyOf("- " + q + "\n",
                "- " + q.replaceFirst("\\bLED\\b", "local economic development (LED)") + "\n"));

        // no question, finding, recommendation or situation id where words belong
        for (Question q : ruleBase.questionnaire().questions()) {
            assertThat(report).as(q.id()).doesNotContainPattern("(?<![\\w-])" + Pattern.quote(q.id()) + "(?![\\w-])");
        }
        for (Catalogue.RecommendationEntry r : ruleBase.catalogue().recommendations()) {
            assertThat(report).as(r.id()).doesNotContainPattern("(?<![\\w-])" + Pattern.quote(r.id()) + "(?![\\w-])");
        }
        assertThat(report).doesNotContain("JSON document").doesNotContain("null").doesNotContain(ruleBase.version())
                .doesNotContainPattern("[+-]\\d+(\\.\\d+)? [a-z][A-Z]");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void tellsEachDerivationOnceAndSpellsOutLedWhereFirstUsed(LibraryCase libraryCase) {
        String report = new MarkdownReport(TestRuleBase.get()).render(ANALYST.analyse(libraryCase.answers()),
                subject(libraryCase), ASSESSED);
        // a derived fact is followed by its reasons (a deeper line, or " — rule") once; after that it points back
        Matcher told = Pattern.compile("(?m)^ *- (.+?)(?: \\(provisional\\))? — rule ").matcher(report);
        java.util.Map<String, Integer> times = new java.util.HashMap<>();
        while (told.find()) {
            times.merge(told.group(1), 1, Integer::sum);
        }
        // the same title may belong to two values; what matters is that nothing is told over and over
        assertThat(times.values()).allMatch(n -> n <= 2);
        Matcher led = Pattern.compile("\\bLED\\b").matcher(report);
        if (led.find()) {
            assertThat(report.substring(0, led.end() + 1)).endsWith("local economic development (LED)");
        }
    }

    @Test
    void theSinosReportFoldsTheQuasiHierarchyAndEndsWithItsGlossary() throws Exception {
        LibraryCase sinos = CaseLibraryTest.library().find("sinos-valley-footwear").orElseThrow();
        String report = new MarkdownReport(TestRuleBase.get()).render(ANALYST.analyse(sinos.answers()), subject(sinos), ASSESSED);
        assertThat(report).contains(" — explained above");
        String glossary = report.substring(report.indexOf("\n## Glossary\n"));
        Glossary terms = TestRuleBase.get().glossary();
        assertThat(glossary).contains("**" + terms.term("quasi-hierarchical-chain").orElseThrow().term() + "**: ")
                .contains("**" + terms.term("functional-upgrading").orElseThrow().term() + "**: ")
                .contains("**local economic development (LED)**: ");
        assertThat(report).doesNotContain("lED");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/sinos-report.md"), report);
    }

    @Test
    void lowersTheFirstLetterOfATitleInsideASentenceButNotOfAnAbbreviation() {
        assertThat(Words.lowerFirst("Growth is slow")).isEqualTo("growth is slow");
        assertThat(Words.lowerFirst("LED opens a window")).isEqualTo("LED opens a window");
        assertThat(Words.lowerFirst("SMEs lack credit")).isEqualTo("SMEs lack credit");
        assertThat(Words.lowerFirst("A cluster")).isEqualTo("a cluster");
    }
}
