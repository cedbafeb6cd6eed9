package org.locus.glossary;

import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.analysis.Robustness;
import org.locus.knowledge.KnowledgeBaseException;
import org.locus.rulebase.Edition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GlossaryTest {

    private static final List<String> SECTIONS = List.of("Introduction", "Value chains");

    private static Glossary read(String yaml) {
        return GlossaryReader.read("glossary.yaml", yaml, SECTIONS);
    }

    @Test
    void theKnowledgeBaseCarriesTheChaptersTermsAndTheWordsOfItsOwnResults() {
        Glossary glossary = TestRuleBase.get().glossary();
        assertThat(glossary.terms()).extracting(Glossary.Term::id).contains("local-economic-development",
                "meso-level", "rents", "quasi-hierarchical-chain", "functional-upgrading", "binding-failure",
                "embedded-services", "china-plus", "captive-chain", "modular-chain", "relational-chain");
        assertThat(glossary.term("local-economic-development").orElseThrow().spelledOut())
                .isEqualTo("local economic development (LED)");
        // every label the robustness analysis gives has its meaning, the threshold included
        Stream.of(Robustness.ROBUST, Robustness.SENSITIVE, Robustness.FRAGILE)
                .forEach(label -> assertThat(glossary.term(label)).isPresent());
        assertThat(glossary.term(Robustness.SENSITIVE).orElseThrow().meaning())
                .contains("at most " + List.of("zero", "one", "two", "three", "four").get(Robustness.SENSITIVE_UP_TO));
        assertThat(glossary.terms()).allSatisfy(t -> assertThat(t.meaning()).doesNotContain("\n").endsWith("."));
    }

    @Test
    void theGlossaryParaphrasesTheChapterRatherThanQuotingIt() throws Exception {
        String chapter;
        try (Stream<Path> files = Files.list(Path.of("/work/shared/seed"))) {
            chapter = files.map(p -> {
                try {
                    return Files.readString(p);
                } catch (Exception e) {
                    return "";
                }
            }).reduce("", String::concat).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("the chapter is not on this machine");
            return;
        }
        for (Glossary.Term term : TestRuleBase.get().glossary().terms()) {
            String[] words = term.meaning().split(" ");
            // no run of eight words of a meaning appears in the chapter as it is
            for (int i = 0; i + 8 <= words.length; i++) {
                String run = String.join(" ", List.of(words).subList(i, i + 8));
                assertThat(chapter).as(term.id()).doesNotContain(run);
            }
        }
    }

    @Test
    void findsTheTermsATextUsesWholeWordsOnlyAndAbbreviationsByTheirCase() {
        Glossary glossary = read("""
                terms:
                  - {id: led, term: local economic development, abbreviation: LED, meaning: "Local work.", section: Introduction}
                  - {id: rents, term: rents, forms: [rent-poor], meaning: "Earnings.", section: Value chains}
                  - {id: robust, term: robust, meaning: "Holds."}
                """);
        assertThat(glossary.usedIn("The Upside of LED", false)).extracting(Glossary.Term::id).containsExactly("led");
        assertThat(glossary.usedIn("it led to parents and currents", false)).isEmpty();
        assertThat(glossary.usedIn("rent-poor activities; a robust result", false)).extracting(Glossary.Term::id)
                .containsExactly("rents");
        assertThat(glossary.usedIn("rent-poor activities; a robust result", true)).extracting(Glossary.Term::id)
                .containsExactly("rents", "robust");
    }

    @Test
    void spellsOutAnAbbreviationWhereADocumentFirstUsesItAndNowhereElse() {
        Glossary glossary = read("""
                terms:
                  - {id: led, term: local economic development, abbreviation: LED, meaning: "Local work.", section: Introduction}
                """);
        Glossary.FirstUse firstUse = glossary.firstUse();
        assertThat(firstUse.apply("Nothing here")).isEqualTo("Nothing here");
        assertThat(firstUse.apply("Upside of LED")).isEqualTo("Upside of local economic development (LED)");
        assertThat(firstUse.apply("Downside of LED")).isEqualTo("Downside of LED");

        Glossary.FirstUse spelled = glossary.firstUse();
        assertThat(spelled.apply("local economic development (LED) here")).isEqualTo("local economic development (LED) here");
        assertThat(spelled.apply("LED agency")).isEqualTo("LED agency");
    }

    @Test
    void everyProblemOfTheFileIsReportedWithItsEntry() {
        assertThatThrownBy(() -> read("""
                terms:
                  - {id: Bad Id, term: x, meaning: y}
                  - {id: rents, term: rents, meaning: "Earnings.", section: Nowhere}
                  - {id: rent, term: Rents, meaning: "Again."}
                  - {id: empty, term: empty}
                """))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e -> assertThat(e.problems()).containsExactly(
                        "glossary.yaml: term 1: id 'Bad Id' is not kebab-case (lower-case words joined by '-')",
                        "glossary.yaml: term 'rents': section 'Nowhere' is not one of the catalogue's sections",
                        "glossary.yaml: term 'rent': 'Rents' is already a term or form of another entry",
                        "glossary.yaml: term 'empty': 'meaning' is missing"));
        assertThatThrownBy(() -> read("terms: []\n")).hasMessageContaining("'terms' must list");
    }

    @Test
    void theKnowledgeBaseIsNamedByTheDayOfItsNewestFileAndAShortId() {
        Edition edition = TestRuleBase.get().edition();
        assertThat(edition.id()).hasSize(Edition.SHORT_ID).isEqualTo(TestRuleBase.get().version().substring(0, 7));
        assertThat(edition.name()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4} \\([0-9a-f]{7}\\)");
        assertThat(new Edition(null, "abc1234", "abc1234abcde").name()).isEqualTo("abc1234");
    }
}
