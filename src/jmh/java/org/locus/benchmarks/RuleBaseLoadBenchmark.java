package org.locus.benchmarks;

import org.locus.rulebase.RuleBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Loading the real knowledge base as the application does at start-up: reading the questionnaire and the catalogue,
 * compiling the rules into a KieBase with the executable model, and the consistency check. Cold is the first load in a
 * fresh JVM (each fork is one, and measures once), which is what start-up pays; warm is a load in a JVM that has loaded
 * it before, when the rule compiler's classes are loaded and compiled.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleBaseLoadBenchmark {

    private static final Path PACKAGED_RULES = null;

    @Benchmark
    @Fork(3)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public RuleBase cold() {
        return RuleBase.load(PACKAGED_RULES);
    }

    @Benchmark
    @Fork(1)
    @Warmup(iterations = 5)
    @Measurement(iterations = 5)
    public RuleBase warm() {
        return RuleBase.load(PACKAGED_RULES);
    }
}
