package org.locus.benchmarks;

import org.locus.knowledge.RuleFiles;
import org.locus.knowledge.TextFile;
import org.locus.rulebase.Folders;
import org.locus.rulebase.RuleBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Loading the real knowledge base as the application does at start-up: reading the questionnaire and the catalogue,
 * the KieBase, and the consistency check. {@code cold} and {@code warm} load the packaged rules, whose KieBase the
 * build compiled (the generated classes are loaded); {@code coldCompiled} loads the same rules with a comment added to
 * one file, so their hash differs and they are compiled with the executable model, as a {@code locus.rules-dir} or a
 * reload is. Cold is the first load in a fresh JVM (each fork is one, and measures once), which is what start-up pays;
 * warm is a load in a JVM that has loaded it before.
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
    @Fork(3)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public RuleBase coldCompiled() {
        List<TextFile> files = Folders.fromClasspath("rules");
        String first = files.stream().filter(TextFile::isDrl).map(TextFile::path).sorted().findFirst().orElseThrow();
        return RuleBase.load(new RuleFiles("rules, edited", files.stream()
                .map(f -> f.path().equals(first) ? new TextFile(f.path(), f.text() + "\n// edited\n") : f).toList()));
    }

    @Benchmark
    @Fork(1)
    @Warmup(iterations = 5)
    @Measurement(iterations = 5)
    public RuleBase warm() {
        return RuleBase.load(PACKAGED_RULES);
    }
}
