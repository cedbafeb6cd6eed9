package org.locus.engine;

import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.locus.cases.CaseReader;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;
import org.locus.knowledge.RuleFiles;
import org.locus.knowledge.TextFile;
import org.locus.rulebase.Folders;
import org.locus.rulebase.RuleBase;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules the build compiled into the jar are used for exactly the packaged rule files, and answer as compiled ones do. */
class PrebuiltRulesTest {

    private static final List<TextFile> PACKAGED = Folders.fromClasspath("rules");

    @Test
    void thePackagedRuleFilesHaveTheirPrebuiltKieBase() {
        assertThat(PrebuiltRules.kieBase(drl(PACKAGED))).isPresent();
    }

    @Test
    void anyChangeToARuleFileMeansCompiling() {
        assertThat(PrebuiltRules.kieBase(drl(edited()))).isEmpty();
        assertThat(PrebuiltRules.kieBase(drl(PACKAGED).subList(1, drl(PACKAGED).size()))).isEmpty();
    }

    @Test
    void aWindowsCheckoutOfTheSameFilesStillMatches() {
        List<TextFile> crlf = drl(PACKAGED).stream().map(f -> new TextFile(f.path(), f.text().replace("\n", "\r\n"))).toList();

        assertThat(PrebuiltRules.hash(crlf)).isEqualTo(PrebuiltRules.hash(drl(PACKAGED)));
    }

    @Test
    void prebuiltAndCompiledRulesGiveTheSameDiagnosisForEveryCase() {
        RuleBase prebuilt = RuleBase.load(new RuleFiles("packaged", PACKAGED));
        RuleBase compiled = RuleBase.load(new RuleFiles("edited", edited()));
        CaseLibrary cases = CaseLibrary.read(new CaseReader(prebuilt), Folders.fromDirectory(Path.of("cases")));

        assertThat(cases.cases()).isNotEmpty();
        for (LibraryCase c : cases.cases()) {
            assertThat(withoutVersion(new Diagnostician(prebuilt).diagnose(c.answers())))
                    .as(c.id()).isEqualTo(withoutVersion(new Diagnostician(compiled).diagnose(c.answers())));
        }
    }

    /** The packaged files with a comment added to one rule file: the same rules, another hash. */
    private static List<TextFile> edited() {
        TextFile first = drl(PACKAGED).get(0);
        return PACKAGED.stream().map(f -> f.path().equals(first.path())
                ? new TextFile(f.path(), f.text() + "\n// edited\n") : f).toList();
    }

    private static List<TextFile> drl(List<TextFile> files) {
        return files.stream().filter(TextFile::isDrl).sorted(java.util.Comparator.comparing(TextFile::path)).toList();
    }

    private static ObjectNode withoutVersion(DiagnosisResult result) {
        ObjectNode json = new ObjectMapper().valueToTree(result);
        json.remove("ruleBaseVersion");
        return json;
    }
}
