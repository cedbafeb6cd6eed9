package org.locus.engine;

import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.Test;
import org.locus.knowledge.TextFile;
import org.locus.rulebase.Folders;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RuleMutatorTest {

    private static final String RULE = """
            package org.locus.rules;

            import org.locus.knowledge.Answer;
            import org.locus.knowledge.Finding;

            rule "R"
            when
                Answer(question == "a", number >= 3)
                Answer(question == "b", value in ("x", "y", "z"))
                ( not Answer(question == "c") or Answer(question == "d", value == "yes") )
            then
                insertLogical(new Finding("f"));
            end
            """;

    private final List<Mutant> mutants = RuleMutator.mutants(new TextFile("t.drl", RULE));

    private Map<String, String> whenOf() {
        return mutants.stream().collect(Collectors.toMap(Mutant::description,
                m -> m.mutatedText().substring(m.mutatedText().indexOf("when") + 5, m.mutatedText().indexOf("then"))
                        .strip().replaceAll("\\s+", " ")));
    }

    @Test
    void movesEachThresholdByOneBothWaysAtItsLineAndColumn() {
        Mutant up = mutants.stream().filter(m -> m.operator() == Mutant.Operator.THRESHOLD_UP).findFirst().orElseThrow();
        assertThat(up.line()).isEqualTo(8);
        assertThat(up.column()).isEqualTo(39);
        assertThat(up.mutatedText()).contains("Answer(question == \"a\", number >= 4)");
        assertThat(mutants).filteredOn(m -> m.operator() == Mutant.Operator.THRESHOLD_DOWN).singleElement()
                .satisfies(m -> assertThat(m.mutatedText()).contains("Answer(question == \"a\", number >= 2)"));
        assertThat(up.description())
                .isEqualTo("move threshold number >= 3 to number >= 4 in Answer(question == \"a\", number >= 3)");
    }

    @Test
    void dropsEachValueOfAListWithItsComma() {
        assertThat(whenOf()).containsValues(
                "Answer(question == \"a\", number >= 3) Answer(question == \"b\", value in (\"y\", \"z\")) ( not Answer(question == \"c\") or Answer(question == \"d\", value == \"yes\") )",
                "Answer(question == \"a\", number >= 3) Answer(question == \"b\", value in (\"x\", \"z\")) ( not Answer(question == \"c\") or Answer(question == \"d\", value == \"yes\") )",
                "Answer(question == \"a\", number >= 3) Answer(question == \"b\", value in (\"x\", \"y\")) ( not Answer(question == \"c\") or Answer(question == \"d\", value == \"yes\") )");
    }

    @Test
    void deletesConditionsAndConstraintsRemovesNotAndOrBranches() {
        Map<String, String> when = whenOf();
        assertThat(when.get("delete condition Answer(question == \"a\", number >= 3)"))
                .isEqualTo("Answer(question == \"b\", value in (\"x\", \"y\", \"z\")) ( not Answer(question == \"c\") or Answer(question == \"d\", value == \"yes\") )");
        assertThat(when.get("delete constraint number >= 3 in Answer(question == \"a\", number >= 3)"))
                .startsWith("Answer(question == \"a\") Answer(question == \"b\"");
        assertThat(when.get("remove not from not Answer(question == \"c\")")).endsWith(
                "( Answer(question == \"c\") or Answer(question == \"d\", value == \"yes\") )");
        assertThat(when.get("remove or branch not Answer(question == \"c\")"))
                .endsWith("( Answer(question == \"d\", value == \"yes\") )");
        assertThat(when.get("remove or branch Answer(question == \"d\", value == \"yes\")"))
                .endsWith("( not Answer(question == \"c\") )");
        assertThat(mutants).extracting(Mutant::operator).contains(Mutant.Operator.values());
        assertThat(mutants).allSatisfy(m -> assertThat(m.rule()).isEqualTo("R"));
    }

    @Test
    void deletesABracketedConditionWithItsBrackets() {
        String rule = RULE.replace("    Answer(question == \"a\", number >= 3)\n", "")
                .replace("    Answer(question == \"b\", value in (\"x\", \"y\", \"z\"))\n", "");
        assertThat(RuleMutator.mutants(new TextFile("t.drl", rule)))
                .filteredOn(m -> m.operator() == Mutant.Operator.DELETE_CONDITION).singleElement()
                .satisfies(m -> assertThat(m.mutatedText()).contains("when\n    \nthen"));
    }

    @Test
    void everyMutantOfTheProjectsRulesParsesAndChangesItsFile() {
        List<TextFile> files = Folders.fromDirectory(Path.of("rules")).stream().filter(TextFile::isDrl).toList();
        for (TextFile file : files) {
            RuleMutator mutator = RuleMutator.run(file);
            assertThat(mutator.problems()).as("spans of %s the mutator could not place", file.path()).isEmpty();
            assertThat(mutator.mutantList()).as("mutants of %s", file.path()).isNotEmpty().allSatisfy(m -> {
                assertThat(m.mutatedText()).isNotEqualTo(file.text());
                DrlParser parser = new DrlParser();
                parser.parse(false, m.mutatedText());
                assertThat(parser.getErrors()).as("%s:%d %s", m.file(), m.line(), m.description()).isEmpty();
            });
            assertThat(mutator.mutantList().stream().map(Mutant::key).distinct().count())
                    .as("mutants of %s named apart", file.path()).isEqualTo(mutator.mutantList().size());
        }
    }
}
