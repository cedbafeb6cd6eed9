package org.locus.rulebase;

import org.junit.jupiter.api.Test;
import org.locus.knowledge.KnowledgeBaseException;
import org.locus.knowledge.RuleFiles;
import org.locus.knowledge.TextFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading a broken knowledge base stops with a message that names the file, the line or the entry. */
class RuleBaseLoadingTest {

    private static final List<TextFile> MINI = Folders.fromDirectory(Path.of("src/test/resources/mini-rules"));

    private static RuleFiles miniWith(String path, String text) {
        List<TextFile> files = new ArrayList<>(MINI.stream().filter(f -> !f.path().equals(path)).toList());
        files.add(new TextFile(path, text));
        return new RuleFiles("test", files);
    }

    private static String mini(String path) {
        return MINI.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().text();
    }

    @Test
    void aSyntaxErrorNamesFileAndLine() {
        String broken = mini("mini.drl").replace("rule \"Red tape\"", "rule \"Red tape\"\nwhen when");

        assertThatThrownBy(() -> RuleBase.load(miniWith("mini.drl", broken)))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageMatching("(?s)mini\\.drl:\\d+: .+");
    }

    @Test
    void aConditionOutsideTheRulesLanguageIsRefusedWithItsLine() {
        String bound = mini("mini.drl").replace("Answer(question == \"red-tape\", value == \"yes\")",
                "$a : Answer(question == \"red-tape\", value == \"yes\")");
        String joined = mini("mini.drl").replace("Answer(question == \"red-tape\", value == \"yes\")",
                "Answer(question == \"red-tape\", value == \"yes\" || value == \"no\")");

        assertThatThrownBy(() -> RuleBase.load(miniWith("mini.drl", bound)))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessage("mini.drl:35: rule \"Red tape\" binds or sources an Answer pattern; "
                        + "Locus rules compare fields with literals only");
        assertThatThrownBy(() -> RuleBase.load(miniWith("mini.drl", joined)))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith("mini.drl:35: rule \"Red tape\" has the constraint")
                .hasMessageContaining("one comparison of a field with literals per constraint");
    }

    @Test
    void aNegativeConditionMustBeAnAnsweredNegativeOutsideRulesAboutMissingInformation() {
        String absence = mini("mini.drl").replace("Answer(question == \"red-tape\", value == \"yes\")",
                "not Answer(question == \"red-tape\", value == \"no\")");
        String confirmed = mini("mini.drl").replace("@description(\"Heavy red tape\")",
                "@description(\"Heavy red tape\") @confirmedBy(\"sector\")");

        assertThatThrownBy(() -> RuleBase.load(miniWith("mini.drl", absence)))
                .hasMessageContaining("rule 'Red tape' (mini.drl:32) tests Answer(question == \"red-tape\", "
                        + "value == \"no\") under 'not', which holds while the answer is unknown");
        assertThatThrownBy(() -> RuleBase.load(miniWith("mini.drl", confirmed)))
                .hasMessageContaining("rule 'Red tape' (mini.drl:32) names 'sector' in @confirmedBy, but does not test it");
        String provisional = absence.replace("@description(\"Heavy red tape\")",
                "@description(\"Heavy red tape\") @provisional(\"it concludes from a missing answer\")");
        assertThat(RuleBase.load(miniWith("mini.drl", provisional)).rule("Red tape").orElseThrow().info().isProvisional())
                .isTrue();
    }

    @Test
    void aBracketLeftOpenIsReportedAtItsOwnLineNotAtTheNextPattern() {
        String broken = mini("mini.drl").replace("Answer(question == \"sector\", value == \"shoes\")",
                "Answer(question == \"sector\", value == \"shoes\"");

        assertThatThrownBy(() -> RuleBase.load(miniWith("mini.drl", broken)))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith("mini.drl:43: '(' is never closed (the parser stopped at line 44: ");
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce() {
        List<TextFile> files = new ArrayList<>(MINI.stream().filter(f -> !f.path().endsWith(".yaml")).toList());
        files.add(new TextFile("second.drl", "package org.locus.rules;\nrule \"x\"\nwhen\n    Answer(\nthen\nend\n"));
        files.add(new TextFile("questionnaire.yaml", "sections: ["));

        assertThatThrownBy(() -> RuleBase.load(new RuleFiles("test", files)))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith("questionnaire.yaml: not valid YAML"))
                        .anySatisfy(p -> assertThat(p).isEqualTo("test: catalogue.yaml is missing"))
                        .anySatisfy(p -> assertThat(p).startsWith("second.drl:4: '(' is never closed")));
    }

    @Test
    void aCompileErrorNamesTheFile() {
        String broken = mini("mini.drl").replace("Answer(question == \"red-tape\", value == \"yes\")",
                "Answer(question == \"red-tape\", colour == \"yes\")");

        assertThatThrownBy(() -> RuleBase.load(miniWith("mini.drl", broken)))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith("mini.drl:35: ")
                .hasMessageContaining("colour");
    }

    @Test
    void aMissingDataFileIsNamed() {
        List<TextFile> withoutCatalogue = MINI.stream().filter(f -> !f.path().equals("catalogue.yaml")).toList();

        assertThatThrownBy(() -> RuleBase.load(new RuleFiles("somewhere", withoutCatalogue)))
                .hasMessage("somewhere: catalogue.yaml is missing");
    }

    @Test
    void theConsistencyCheckReportsEveryViolationByRule() {
        String drl = mini("mini.drl")
                .replace("@description(\"Heavy red tape\") @section(\"Upside of LED\")", "@section(\"Upside of LED\")")
                .replace("@description(\"Footwear exporters sit in a chain\") @section(\"Value chains\")",
                        "@description(\"d\") @section(\"Global value chains\")")
                .replace("Answer(question == \"export-share\", number >= 50)", "Answer(question == \"export-shar\", number >= 50)")
                .replace("insertLogical(new Evidence(\"map-chain\", \"shoe-chain\", 2));",
                        "insertLogical(new Evidence(\"map-chain\", \"red-tape-heavy\", 2));")
                .replace("Answer(question == \"sector\", value == \"shoes\")", "Answer(question == \"sector\", value == \"boots\")");

        assertThatThrownBy(() -> RuleBase.load(miniWith("mini.drl", drl)))
                .isInstanceOf(KnowledgeBaseException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(
                        "rule 'Red tape' (mini.drl:32) has no @description",
                        "rule 'Shoe exporters' (mini.drl:40) cites 'Global value chains', which is not a section of the chapter",
                        "rule 'Shoe exporters' (mini.drl:40) reads unknown question 'export-shar'",
                        "rule 'Shoe exporters' (mini.drl:40) tests question 'sector' (choice) for 'boots', which is not one of its answers",
                        "rule 'Map the shoe chain' (mini.drl:73) gives evidence resting on 'red-tape-heavy', a finding its conditions do not match",
                        "question 'export-share' is read by no rule"));
    }

    @Test
    void unreachableCatalogueEntriesAreReported() {
        String catalogue = mini("catalogue.yaml")
                .replace("recommendations:", "  - {id: orphan, title: O, summary: s, concern: env, section: Upside of LED, claim: {strength: argued, note: n}}\nrecommendations:")
                + "  - {id: never-made, title: N, summary: s, section: Upside of LED, actor: local-government, watch: [w]}\n";

        assertThatThrownBy(() -> RuleBase.load(miniWith("catalogue.yaml", catalogue)))
                .hasMessageContaining("finding 'orphan' is derived by no rule")
                .hasMessageContaining("recommendation 'never-made' has no rule giving evidence for it");
    }

    @Test
    void everyNumberComparisonMustBeADeclaredCutOffAndEveryCutOffRead() {
        String moved = mini("mini.drl").replace("Answer(question == \"growth\", number <= 2)",
                "Answer(question == \"growth\", number <= 3)");

        assertThatThrownBy(() -> RuleBase.load(miniWith("mini.drl", moved)))
                .hasMessageContaining("rule 'Lagging by growth' (mini.drl:8) compares question 'growth' with number <= 3, "
                        + "which is none of its cut-offs (it declares number <= 2 or number > 2)")
                .hasMessageContaining("question 'growth' declares the cut-off number <= 2 or number > 2 ('slow growth'), "
                        + "which no rule reads");
        String outside = mini("mini.drl").replace("Answer(question == \"growth\", number <= 2)",
                "Answer(question == \"growth\", number > 2)");
        assertThat(RuleBase.load(miniWith("mini.drl", outside)).rules()).as("reading the other side of a cut-off")
                .isNotEmpty();
    }

    @Test
    void aCutOffOutsideTheAnswersRangeOrOnAChoiceIsRefused() {
        String outside = mini("questionnaire.yaml").replace("{upTo: 2, means: \"slow growth\"}", "{upTo: 7, means: \"slow growth\"}");
        assertThatThrownBy(() -> RuleBase.load(miniWith("questionnaire.yaml", outside)))
                .hasMessageContaining("question 'growth': cut-off 7 lies outside the answer's range 1 to 5");
        String both = mini("questionnaire.yaml").replace("{upTo: 2, means: \"slow growth\"}", "{upTo: 2, from: 2, means: \"slow growth\"}");
        assertThatThrownBy(() -> RuleBase.load(miniWith("questionnaire.yaml", both)))
                .hasMessageContaining("each cut-off needs exactly one of 'from' (a band upwards) or 'upTo' (a band downwards)");
    }

    @Test
    void anAskedWhenMustNameAnEarlierQuestionAndOneOfItsAnswers() {
        String unknown = mini("questionnaire.yaml").replace("        type: number\n",
                "        type: number\n        askedWhen: {question: sectr, is: shoes}\n");
        assertThatThrownBy(() -> RuleBase.load(miniWith("questionnaire.yaml", unknown)))
                .hasMessageContaining("question 'export-share' is asked when 'sectr' is shoes, but there is no question 'sectr'");
        String option = mini("questionnaire.yaml").replace("        type: number\n",
                "        type: number\n        askedWhen: {question: sector, in: [shoes, boots]}\n");
        assertThatThrownBy(() -> RuleBase.load(miniWith("questionnaire.yaml", option)))
                .hasMessageContaining("question 'export-share' is asked when 'sector' is one of shoes, boots, but 'sector' has no option 'boots'");
        String later = mini("questionnaire.yaml").replace("        type: yes-no\n        informs: [red-tape-heavy]",
                "        type: yes-no\n        askedWhen: {question: remote, is: true}\n        informs: [red-tape-heavy]");
        assertThatThrownBy(() -> RuleBase.load(miniWith("questionnaire.yaml", later)))
                .hasMessageContaining("question 'red-tape' is asked when 'remote' is yes, but 'remote' does not come before it");
        String scale = mini("questionnaire.yaml").replace("        type: number\n",
                "        type: number\n        askedWhen: {question: growth, is: 3}\n");
        assertThatThrownBy(() -> RuleBase.load(miniWith("questionnaire.yaml", scale)))
                .hasMessageContaining("'growth' is a scale question; only yes-no and choice questions can make others apply");
    }

    @Test
    void aDeclaredWeightPolicyNeedsOneDirectRecommendationPerFinding() {
        String declared = mini("catalogue.yaml").replace("sections:", "weightPolicy: {directWeight: 3}\nsections:");
        assertThatThrownBy(() -> RuleBase.load(miniWith("catalogue.yaml", declared)))
                .hasMessageContaining("finding 'shoe-chain' has no direct recommendation: give one recommendation weight 3")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("finding 'red-tape-heavy'", "finding 'slow-growth'"));
        List<TextFile> twoStrong = new ArrayList<>(miniWith("catalogue.yaml", declared).files());
        twoStrong.removeIf(f -> f.path().equals("mini.drl"));
        twoStrong.add(new TextFile("mini.drl", mini("mini.drl")
                .replace("new Evidence(\"map-chain\", \"shoe-chain\", 2)", "new Evidence(\"map-chain\", \"shoe-chain\", 3)")
                .replace("new Evidence(\"coordinate\", \"shoe-chain\", 1)", "new Evidence(\"coordinate\", \"shoe-chain\", 3)")));
        assertThatThrownBy(() -> RuleBase.load(new RuleFiles("test", twoStrong)))
                .hasMessageContaining("finding 'shoe-chain' has 2 rules giving weight 3 or more ('Map the shoe chain', "
                        + "'Coordinate along the shoe chain'): one direct recommendation per finding");
        String bad = mini("catalogue.yaml").replace("sections:", "weightPolicy: {directWeight: four}\nsections:");
        assertThatThrownBy(() -> RuleBase.load(miniWith("catalogue.yaml", bad)))
                .hasMessageContaining("'directWeight' must be a positive whole number");
    }
}
