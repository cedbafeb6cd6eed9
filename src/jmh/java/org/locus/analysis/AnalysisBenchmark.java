package org.locus.analysis;

import org.locus.benchmarks.SyntheticRules;
import org.locus.diagnosis.Diagnostician;
import org.locus.diagnosis.RankingSession;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * A full analysis (why not, what if with pairs, next question, robustness) of a 60-question assessment on one thread.
 * Target: under 300 ms. Also a plain diagnosis, and one variation in an open ranking session, to show what the
 * analysis is made of.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AnalysisBenchmark {

    private Diagnostician diagnostician;
    private Analyst analyst;
    private Answers answers;
    private Answers varied;
    private RankingSession session;

    @Param({"RANDOM", "MATCHING"})
    public SyntheticRules.Answering answering;

    @Setup
    public void load() {
        SyntheticRules rules = new SyntheticRules();
        RuleBase ruleBase = RuleBase.load(rules.write());
        diagnostician = new Diagnostician(ruleBase);
        analyst = new Analyst(diagnostician);
        answers = new AnswersReader(ruleBase.questionnaire()).read(rules.answers(answering));
        varied = answers.with(answers.facts().iterator().next().getQuestion(), null);
        session = diagnostician.rankingSession();
        Analysis analysis = analyst.analysis(answers);
        // what one operation does, so the figure can be read: a trivial rule base would be fast for nothing
        System.out.printf("%n# %d of %d questions answered; %d made; %d single changes and %d pairs tried; "
                        + "%d what-ifs, %d next questions, %d why-nots%n", answers.size(),
                ruleBase.questionnaire().questions().size(), diagnostician.diagnose(answers).recommendations().size(),
                analysis.extent().singleChanges(), analysis.extent().pairs(), analysis.whatIf().size(),
                analysis.nextQuestions().size(), analysis.whyNot().size());
    }

    @Benchmark
    public Object fullAnalysisOf60Questions() {
        return analyst.analyse(answers);
    }

    @Benchmark
    public Object plainDiagnosisOf60Questions() {
        return diagnostician.diagnose(answers);
    }

    /** One variation in an open session: one answer made don't-know, then restored (two engine runs). */
    @Benchmark
    public Object oneVariationBackAndForth() {
        session.rank(varied);
        return session.rank(answers);
    }

    @TearDown
    public void close() {
        session.close();
    }
}
