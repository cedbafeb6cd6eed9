package org.locus.cases;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.locus.TestRuleBase;
import org.locus.rulebase.Folders;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every teaching case in {@code cases/} is a test: its expected findings appear, its absent ones do not, its top five
 * hold. Validation cases are scored by {@code verify-cases} instead: they measure the rules and must not gate the build.
 */
public class CaseLibraryTest {

    public static CaseLibrary library() {
        return CaseLibrary.read(new CaseReader(TestRuleBase.get()), Folders.fromDirectory(Path.of("cases")));
    }

    /** The cases written from the chapter to teach it, without the validation set. */
    public static Stream<LibraryCase> teachingCases() {
        return library().cases().stream().filter(c -> !c.validation());
    }

    @TestFactory
    Stream<DynamicTest> everyTeachingCaseMeetsItsExpectations() {
        CaseVerifier verifier = new CaseVerifier(TestRuleBase.diagnostician());
        return teachingCases().map(c -> DynamicTest.dynamicTest(c.id(),
                () -> assertThat(verifier.verify(c)).as("mismatches of %s", c.file()).isEmpty()));
    }
}
