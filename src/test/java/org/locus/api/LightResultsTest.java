package org.locus.api;

import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.cases.CaseLibrary;
import org.locus.cases.CaseReader;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.rulebase.Folders;
import tools.jackson.databind.ObjectMapper;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LightResultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPackagedCaseLosesItsTracesAndNothingElseAtUnderHalfTheSize() {
        CaseLibrary cases = CaseLibrary.read(new CaseReader(TestRuleBase.get()), Folders.fromDirectory(Path.of("cases")));

        for (LibraryCase libraryCase : cases.cases()) {
            DiagnosisResult full = TestRuleBase.diagnostician().diagnose(libraryCase.answers());
            DiagnosisResult light = LightResults.withoutTraces(full).diagnosis();

            assertThat(light.recommendations()).as(libraryCase.id()).allSatisfy(r -> assertThat(r.trace()).isEmpty());
            assertThat(light.findings()).allSatisfy(f -> assertThat(f.trace()).isEmpty());
            assertThat(light.recommendations()).extracting(r -> r.id() + r.rank() + r.score() + r.status() + r.after())
                    .isEqualTo(full.recommendations().stream()
                            .map(r -> r.id() + r.rank() + r.score() + r.status() + r.after()).toList());
            assertThat(light.findings()).extracting(f -> f.id() + f.status() + f.settledBy())
                    .isEqualTo(full.findings().stream().map(f -> f.id() + f.status() + f.settledBy()).toList());
            assertThat((double) JSON.writeValueAsString(light).length())
                    .as(libraryCase.id()).isLessThanOrEqualTo(0.5 * JSON.writeValueAsString(full).length());
        }
    }
}
