package org.locus.benchmarks;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import org.locus.Locus;
import org.locus.analysis.AnalysedDiagnosis;
import org.locus.analysis.Analyst;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;
import org.locus.engine.Inference;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.JsonDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One diagnosis of a library case on the real knowledge base, in process and on one thread, split into the parts one
 * HTTP request does: read and check the answers document, diagnose (rules, ranking, explanations), write the result
 * as JSON; and all three together. Target: a diagnosis under 1 ms at the median. Run with {@code -prof gc} for the
 * bytes allocated per diagnosis.
 *
 * <p>{@code caseId} is a case id from {@code cases/}, or {@code library} for every case in turn (the median is then
 * the library's). The default is {@code library}, so the benchmark needs no change when cases are added;
 * {@code src/bench/run-all.sh} passes every case id with {@code -p caseId=...}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class DiagnosisBenchmark {

    static final String WHOLE_LIBRARY = "library";

    @Param(WHOLE_LIBRARY)
    public String caseId;

    private final ObjectMapper json = new ObjectMapper();
    private Diagnostician diagnostician;
    private Analyst analyst;
    private AnswersReader answersReader;
    private final List<byte[]> documents = new ArrayList<>();
    private final List<Answers> answers = new ArrayList<>();
    private final List<DiagnosisResult> results = new ArrayList<>();
    private int next;

    @Setup
    public void load() throws JacksonException {
        Locus locus = Locus.load(null, null);
        diagnostician = locus.diagnostician();
        analyst = locus.analyst();
        answersReader = locus.answersReader();
        List<LibraryCase> cases = WHOLE_LIBRARY.equals(caseId) ? locus.cases().cases()
                : List.of(locus.cases().find(caseId).orElseThrow(() -> new IllegalArgumentException("no case '" + caseId
                + "'; the library has " + locus.cases().cases().stream().map(LibraryCase::id).toList())));
        for (LibraryCase c : cases) {
            documents.add(json.writeValueAsBytes(c.answers().toDocument()));
            answers.add(c.answers());
            DiagnosisResult result = diagnostician.diagnose(c.answers());
            results.add(result);
            // what one operation does, so the figure can be read beside the size of the case
            Inference inference = locus.ruleBase().engine().infer(c.answers().facts());
            System.out.printf("%n# %s: %d answers, %d rules, %d derived facts from %d rule matches, %d recommendations, "
                            + "result %d bytes of JSON", c.id(), c.answers().size(), locus.ruleBase().rules().size(),
                    inference.derivations().size(),
                    inference.derivations().stream().mapToInt(d -> d.justifications().size()).sum(),
                    result.recommendations().size(), json.writeValueAsBytes(result).length);
        }
        System.out.println();
    }

    private int nextCase() {
        int i = next;
        next = (next + 1) % answers.size();
        return i;
    }

    @Benchmark
    public Answers readAnswers() {
        return answersReader.read(JsonDocument.parse(documents.get(nextCase()), AnswersReader.SHAPE), "");
    }

    @Benchmark
    public DiagnosisResult diagnose() {
        return diagnostician.diagnose(answers.get(nextCase()));
    }

    @Benchmark
    public byte[] writeResult() throws JacksonException {
        return json.writeValueAsBytes(results.get(nextCase()));
    }

    /**
     * A full analysis (diagnosis, why not, what if, next question, robustness) on the real knowledge base: what the
     * results page and the trainer's page compute on every change, and what {@code ?explain=true} adds to a request.
     */
    @Benchmark
    public AnalysedDiagnosis analyse() {
        return analyst.analyse(answers.get(nextCase()));
    }

    /** What one POST /api/v1/diagnoses does in the application, less HTTP and Spring. */
    @Benchmark
    public byte[] readDiagnoseWrite() throws JacksonException {
        Answers read = answersReader.read(JsonDocument.parse(documents.get(nextCase()), AnswersReader.SHAPE), "");
        return json.writeValueAsBytes(diagnostician.diagnose(read));
    }
}
