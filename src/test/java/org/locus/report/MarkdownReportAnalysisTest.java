package org.locus.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locus.TestRuleBase;
import org.locus.analysis.AnalysedDiagnosis;
import org.locus.analysis.Analysis;
import org.locus.analysis.Analyst;
import org.locus.analysis.AnswerChange;
import org.locus.analysis.Robustness;
import org.locus.analysis.WhyNot;
import org.locus.cases.CaseLibraryTest;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report that {@code diagnose --explain} prints, for every case of the library: each of the four analyses is
 * there, in words, as the analyst computed it.
 */
class MarkdownReportAnalysisTest {

    private static final Analyst ANALYST = new Analyst(TestRuleBase.diagnostician());

    static Stream<LibraryCase> cases() {
        return CaseLibraryTest.library().cases().stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theReportOfEveryCaseCarriesItsFourAnalysesInWords(LibraryCase libraryCase) {
        AnalysedDiagnosis result = ANALYST.analyse(libraryCase.answers());
        Analysis analysis = result.analysis();

        String report = new MarkdownReport(TestRuleBase.get()).render(result);
        String beyond = report.substring(report.indexOf("## Beyond the trace"));

        for (Robustness r : analysis.robustness()) {
            assertThat(beyond).contains(r.rank() + ". **" + r.title() + "**: " + r.label());
        }
        if (analysis.nextQuestions().isEmpty()) {
            assertThat(beyond).contains("No unanswered question could change the top three on its own.");
        } else {
            assertThat(beyond).contains("### To sharpen this result, answer these first\n\n- **"
                    + analysis.nextQuestions().get(0).text() + "**");
        }
        if (analysis.whatIf().isEmpty()) {
            assertThat(beyond).contains("No change of one answer, nor of the pairs tried, changes the top three.");
        } else {
            assertThat(beyond).contains("### What if\n\n- " + analysis.whatIf().get(0).changes().stream()
                    .map(AnswerChange::describe).collect(Collectors.joining(" and ")) + ": ");
        }
        for (WhyNot w : analysis.whyNot()) {
            assertThat(beyond).contains("- **" + w.title() + "** (" + w.section() + "): " + w.status() + "\n");
        }
        assertThat(beyond).doesNotContain("null").contains("*Tried:* " + analysis.extent().singleChanges());
    }
}
