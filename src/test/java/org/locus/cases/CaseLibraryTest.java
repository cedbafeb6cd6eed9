package org.locus.cases;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.locus.TestRuleBase;
import org.locus.rulebase.Folders;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every case in {@code cases/} is a test: its expected findings appear, its absent ones do not, its top five hold. */
public class CaseLibraryTest {

    public static CaseLibrary library() {
        return CaseLibrary.read(new CaseReader(TestRuleBase.get()), Folders.fromDirectory(Path.of("cases")));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseMeetsItsExpectations() {
        CaseVerifier verifier = new CaseVerifier(TestRuleBase.diagnostician());
        return library().cases().stream().map(c -> DynamicTest.dynamicTest(c.id(),
                () -> assertThat(verifier.verify(c)).as("mismatches of %s", c.file()).isEmpty()));
    }
}
