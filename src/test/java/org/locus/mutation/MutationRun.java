package org.locus.mutation;

import org.locus.cases.CaseVerifier;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.Diagnostician;
import org.locus.engine.InferenceEngine;
import org.locus.engine.Mutant;
import org.locus.engine.RuleMutator;
import org.locus.knowledge.KnowledgeBaseException;
import org.locus.knowledge.RuleFiles;
import org.locus.knowledge.TextFile;
import org.locus.rulebase.RuleBase;
import org.locus.rulebase.RuleBaseAssembly;
import org.locus.rulebase.RuleScenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs the rule tests (the rule scenarios, then the library cases) against every mutant of the rule files. Each
 * mutant's rule base is compiled once, with the compiler given (the interpreted build in the mutation check), and the
 * tests stop at the first that fails: that test kills the mutant. A mutant no test tells from the real rules survives.
 */
public final class MutationRun {

    /** What became of a mutant. */
    public enum Outcome {
        KILLED("killed"), SURVIVED("survived"), NOT_COMPILING("not compiling"),
        REJECTED("rejected by the consistency check");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A mutant and its outcome; {@code detail} names the test that killed it or why it would not compile. */
    public record Result(Mutant mutant, Outcome outcome, String detail) {
    }

    private final RuleFiles original;
    private final RuleBase dataFrom;
    private final RuleScenarios scenarios;
    private final List<LibraryCase> cases;
    private final Function<List<TextFile>, InferenceEngine> compiler;

    /**
     * @param original the rule files to mutate
     * @param dataFrom a rule base over them, for the questionnaire and catalogue, which mutants share
     * @param compiler compiles a set of .drl files to an engine, throwing {@link KnowledgeBaseException} when it can't
     */
    public MutationRun(RuleFiles original, RuleBase dataFrom, RuleScenarios scenarios, List<LibraryCase> cases,
                       Function<List<TextFile>, InferenceEngine> compiler) {
        this.original = original;
        this.dataFrom = dataFrom;
        this.scenarios = scenarios;
        this.cases = List.copyOf(cases);
        this.compiler = compiler;
    }

    /** Every mutant of every .drl file, in file and source order. */
    public List<Mutant> mutants() {
        List<Mutant> mutants = new ArrayList<>();
        original.drlFiles().forEach(file -> mutants.addAll(RuleMutator.mutants(file)));
        return mutants;
    }

    /** The spans the mutator could not place; each leaves some rule less tested by this check. */
    public List<String> mutatorProblems() {
        List<String> problems = new ArrayList<>();
        original.drlFiles().forEach(file -> problems.addAll(RuleMutator.run(file).problems()));
        return problems;
    }

    /** Why the rule tests fail on the unmutated rules as this run compiles them; empty when they pass. */
    public Optional<String> baselineFailure() {
        Result baseline = evaluate(null, original.files());
        return baseline.outcome() == Outcome.SURVIVED ? Optional.empty()
                : Optional.of(baseline.outcome().words() + ": " + baseline.detail());
    }

    /** Runs the selected mutants on {@code threads} threads; the results come in the mutants' order. */
    public List<Result> run(Predicate<Mutant> selection, int threads) {
        List<Mutant> selected = mutants().stream().filter(selection).toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "locus-mutants");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Mutant mutant : selected) {
                futures.add(pool.submit(() -> evaluate(mutant, mutate(mutant))));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running mutants", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a mutant could not be run: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<TextFile> mutate(Mutant mutant) {
        return original.files().stream()
                .map(f -> f.path().equals(mutant.file()) ? new TextFile(f.path(), mutant.mutatedText()) : f).toList();
    }

    private Result evaluate(Mutant mutant, List<TextFile> files) {
        RuleFiles mutated = new RuleFiles(original.origin(), files);
        InferenceEngine engine;
        try {
            engine = compiler.apply(mutated.drlFiles());
        } catch (KnowledgeBaseException e) {
            return new Result(mutant, Outcome.NOT_COMPILING, first(e.problems()));
        } catch (RuntimeException e) {
            return new Result(mutant, Outcome.NOT_COMPILING, String.valueOf(e.getMessage()));
        }
        RuleBase ruleBase;
        try {
            ruleBase = RuleBaseAssembly.assemble(mutated, dataFrom, engine);
        } catch (KnowledgeBaseException e) {
            return new Result(mutant, Outcome.REJECTED, first(e.problems()));
        }
        Diagnostician diagnostician = new Diagnostician(ruleBase);
        // the mutated rule's own scenarios first: they are the likeliest to notice, and the first failure ends the run
        List<RuleScenarios.Check> checks = new ArrayList<>(scenarios.checks(ruleBase));
        if (mutant != null) {
            checks.sort(Comparator.comparing(c -> !c.scenario().rule().equals(mutant.rule())));
        }
        for (RuleScenarios.Check check : checks) {
            Optional<String> failure;
            try {
                failure = check.failure(ruleBase, diagnostician);
            } catch (RuntimeException e) {
                failure = Optional.of(check.name() + ": " + e.getMessage());
            }
            if (failure.isPresent()) {
                return new Result(mutant, Outcome.KILLED, "rule scenario " + check.scenario().file() + ": "
                        + failure.get());
            }
        }
        CaseVerifier verifier = new CaseVerifier(diagnostician);
        for (LibraryCase c : cases) {
            List<String> mismatches;
            try {
                mismatches = verifier.verify(c);
            } catch (RuntimeException e) {
                mismatches = List.of(String.valueOf(e.getMessage()));
            }
            if (!mismatches.isEmpty()) {
                return new Result(mutant, Outcome.KILLED, "case " + c.file() + ": " + mismatches.getFirst());
            }
        }
        return new Result(mutant, Outcome.SURVIVED, "");
    }

    private static String first(List<String> problems) {
        return problems.isEmpty() ? "" : problems.getFirst() + (problems.size() > 1
                ? " (and " + (problems.size() - 1) + " more)" : "");
    }
}
