package org.locus.benchmarks;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;
import org.locus.engine.Inference;
import org.locus.engine.InferenceEngine;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.rulebase.RuleBase;
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

import java.util.concurrent.TimeUnit;

/**
 * How the cost of one diagnosis grows with the rule base: a generated rule base ({@link SyntheticRules}) at scale 1
 * (60 questions, about 100 rules) and at larger scales, every count multiplied and the rule shapes kept. The answers
 * are either random (few rules fire) or the values the rules ask for (many fire), three quarters of the questions
 * answered either way; {@code asked} is how many questions the region was asked: all of them (the work grows with
 * the rule base) or only the first 60 (the same region as at scale 1, with the rest of the knowledge unused).
 * Target: at scale 10 a diagnosis costs at most 3 times what it costs at scale 1.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class RuleBaseScaleBenchmark {

    @Param({"1", "10"})
    public int scale;

    @Param({"RANDOM", "MATCHING"})
    public SyntheticRules.Answering answering;

    /** How many questions the region was asked, {@code all} or a number. */
    @Param("all")
    public String asked;

    private Diagnostician diagnostician;
    private InferenceEngine engine;
    private Answers answers;

    @Setup
    public void load() throws JacksonException {
        SyntheticRules rules = new SyntheticRules(scale);
        long start = System.nanoTime();
        RuleBase ruleBase = RuleBase.load(rules.write());
        long loaded = System.nanoTime() - start;
        diagnostician = new Diagnostician(ruleBase);
        engine = ruleBase.engine();
        answers = new AnswersReader(ruleBase.questionnaire()).read(asked.equals("all")
                ? rules.answers(answering) : rules.answers(answering, Integer.parseInt(asked)));
        DiagnosisResult result = diagnostician.diagnose(answers);
        Inference inference = ruleBase.engine().infer(answers.facts());
        System.out.printf("%n# scale %d, %s answers, %s questions asked: %d rules loaded in %d ms; %d of %d questions "
                        + "answered; %d derived facts from %d rule matches; %d recommendations; result %d bytes of JSON%n",
                scale, answering, asked, rules.rules(),
                TimeUnit.NANOSECONDS.toMillis(loaded), answers.size(), ruleBase.questionnaire().questions().size(),
                inference.derivations().size(),
                inference.derivations().stream().mapToInt(d -> d.justifications().size()).sum(),
                result.recommendations().size(), new ObjectMapper().writeValueAsBytes(result).length);
    }

    @Benchmark
    public DiagnosisResult diagnose() {
        return diagnostician.diagnose(answers);
    }

    /** The rules alone, with their justifications: what a diagnosis costs before ranking and explaining. */
    @Benchmark
    public Inference infer() {
        return engine.infer(answers.facts());
    }
}
