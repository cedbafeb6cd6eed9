package org.locus.mutation;

import org.locus.engine.Mutant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a mutation run found, as Markdown for {@code target/mutation-report.md} and as lines for the console: how many
 * mutants the rule tests killed, how many survived, how many are listed as equivalent and how many did not compile
 * or load, with each survivor's file, line, rule and mutation.
 *
 * @param results     the run's results
 * @param equivalents the mutants shown to be equivalent
 * @param problems    what the run could not do (spans the mutator could not place), shown in the report
 * @param scope       which files were mutated: every .drl file, or the ones asked for
 */
public record MutationReport(List<MutationRun.Result> results, EquivalentMutants equivalents, List<String> problems,
                             String scope, long seconds) {

    /** The results that count as survivors: survived and not listed as equivalent. */
    public List<MutationRun.Result> survivors() {
        return results.stream().filter(r -> r.outcome() == MutationRun.Outcome.SURVIVED
                && equivalents.reason(r.mutant()).isEmpty()).toList();
    }

    public List<MutationRun.Result> equivalent() {
        return results.stream().filter(r -> r.outcome() == MutationRun.Outcome.SURVIVED
                && equivalents.reason(r.mutant()).isPresent()).toList();
    }

    public List<MutationRun.Result> of(MutationRun.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).toList();
    }

    /**
     * Entries of the equivalence list that are wrong: a listed mutant the tests kill (it is not equivalent), or one
     * that no longer exists among the mutated files (the rule changed).
     */
    public List<String> listProblems(Set<String> mutatedFiles) {
        List<String> wrong = new ArrayList<>();
        Set<String> made = new LinkedHashSet<>();
        for (MutationRun.Result r : results) {
            made.add(r.mutant().key());
            if (r.outcome() != MutationRun.Outcome.SURVIVED && equivalents.reason(r.mutant()).isPresent()) {
                wrong.add("listed as equivalent but " + r.outcome().words() + ": " + r.mutant().key());
            }
        }
        for (String key : equivalents.keys()) {
            if (mutatedFiles.contains(key.substring(0, key.indexOf(" | "))) && !made.contains(key)) {
                wrong.add("listed as equivalent but no such mutant: " + key);
            }
        }
        return wrong;
    }

    /** The summary and the survivors, one line each. */
    public List<String> consoleLines(Set<String> mutatedFiles) {
        List<String> lines = new ArrayList<>();
        lines.add("Mutation check of the rule tests (" + scope + "): " + results.size() + " mutants, "
                + of(MutationRun.Outcome.KILLED).size() + " killed, " + survivors().size() + " survived, "
                + equivalent().size() + " equivalent, " + of(MutationRun.Outcome.NOT_COMPILING).size()
                + " not compiling, " + of(MutationRun.Outcome.REJECTED).size() + " rejected at load, in "
                + seconds + " s");
        survivors().forEach(r -> lines.add("  survived: " + where(r.mutant()) + ": rule \"" + r.mutant().rule()
                + "\": " + r.mutant().description()));
        listProblems(mutatedFiles).forEach(p -> lines.add("  " + p));
        problems.forEach(p -> lines.add("  could not mutate: " + p));
        return lines;
    }

    public String markdown(Set<String> mutatedFiles) {
        StringBuilder md = new StringBuilder();
        md.append("# Mutation check of the rule tests\n\n");
        md.append("Broken variants of the rule files (").append(scope).append("), each run against the rule scenarios ")
                .append("and the library cases; a mutant survives when every one of them still passes. ")
                .append("See docs/rule-coverage.md for how to run it and how to kill a survivor. Took ")
                .append(seconds).append(" s.\n\n");
        md.append("| Outcome | Mutants |\n|---|---:|\n");
        md.append("| killed | ").append(of(MutationRun.Outcome.KILLED).size()).append(" |\n");
        md.append("| **survived** | ").append(survivors().size()).append(" |\n");
        md.append("| equivalent (listed) | ").append(equivalent().size()).append(" |\n");
        md.append("| not compiling | ").append(of(MutationRun.Outcome.NOT_COMPILING).size()).append(" |\n");
        md.append("| rejected by the consistency check | ").append(of(MutationRun.Outcome.REJECTED).size()).append(" |\n");
        md.append("| total | ").append(results.size()).append(" |\n\n");

        md.append("## By file\n\n| File | Mutants | Killed | Survived | Equivalent | Not compiling or rejected |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        Map<String, List<MutationRun.Result>> byFile = new LinkedHashMap<>();
        results.forEach(r -> byFile.computeIfAbsent(r.mutant().file(), f -> new ArrayList<>()).add(r));
        byFile.forEach((file, rs) -> md.append("| ").append(file).append(" | ").append(rs.size()).append(" | ")
                .append(count(rs, r -> r.outcome() == MutationRun.Outcome.KILLED)).append(" | ")
                .append(count(rs, r -> survivors().contains(r))).append(" | ")
                .append(count(rs, r -> equivalent().contains(r))).append(" | ")
                .append(count(rs, r -> r.outcome() == MutationRun.Outcome.NOT_COMPILING
                        || r.outcome() == MutationRun.Outcome.REJECTED)).append(" |\n"));

        md.append("\n## By kind of mutation\n\n| Mutation | Mutants | Killed | Survived |\n|---|---:|---:|---:|\n");
        for (Mutant.Operator operator : Mutant.Operator.values()) {
            List<MutationRun.Result> rs = results.stream().filter(r -> r.mutant().operator() == operator).toList();
            md.append("| ").append(operator.label()).append(" | ").append(rs.size()).append(" | ")
                    .append(count(rs, r -> r.outcome() == MutationRun.Outcome.KILLED)).append(" | ")
                    .append(count(rs, r -> survivors().contains(r))).append(" |\n");
        }

        md.append("\n## Survivors\n\n");
        if (survivors().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("Each passes every rule test: add a firing scenario, near miss or boundary pair that tells it ")
                    .append("from the real rule, or, if no answers can, list it in ")
                    .append("src/test/resources/mutation/equivalent-mutants.yaml with the reason.\n\n")
                    .append("| Where | Rule | Mutation |\n|---|---|---|\n");
            survivors().forEach(r -> md.append("| ").append(where(r.mutant())).append(" | ").append(cell(r.mutant().rule()))
                    .append(" | ").append(cell(r.mutant().description())).append(" |\n"));
        }
        if (!equivalent().isEmpty()) {
            md.append("\n## Equivalent mutants (listed)\n\n| Where | Rule | Mutation | Why equivalent |\n|---|---|---|---|\n");
            equivalent().forEach(r -> md.append("| ").append(where(r.mutant())).append(" | ").append(cell(r.mutant().rule()))
                    .append(" | ").append(cell(r.mutant().description())).append(" | ")
                    .append(cell(equivalents.reason(r.mutant()).orElseThrow())).append(" |\n"));
        }
        List<MutationRun.Result> invalid = results.stream().filter(r -> r.outcome() == MutationRun.Outcome.NOT_COMPILING
                || r.outcome() == MutationRun.Outcome.REJECTED).toList();
        if (!invalid.isEmpty()) {
            md.append("\n## Not compiling or rejected at load\n\nThese never reach a rule test: Drools, the rule reader ")
                    .append("or the consistency check refuses them, so they could not ship.\n\n")
                    .append("| Where | Rule | Mutation | Why |\n|---|---|---|---|\n");
            invalid.forEach(r -> md.append("| ").append(where(r.mutant())).append(" | ").append(cell(r.mutant().rule()))
                    .append(" | ").append(cell(r.mutant().description())).append(" | ").append(cell(r.detail()))
                    .append(" |\n"));
        }
        List<String> wrong = new ArrayList<>(listProblems(mutatedFiles));
        problems.forEach(p -> wrong.add("could not mutate: " + p));
        if (!wrong.isEmpty()) {
            md.append("\n## Problems\n\n");
            wrong.forEach(p -> md.append("- ").append(p).append('\n'));
        }
        return md.toString();
    }

    private static long count(List<MutationRun.Result> results, Predicate<MutationRun.Result> test) {
        return results.stream().filter(test).count();
    }

    private static String where(Mutant mutant) {
        return mutant.file() + ":" + mutant.line() + ":" + mutant.column();
    }

    private static String cell(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).reduce((a, b) -> a + " " + b).orElse("")
                .replace("|", "\\|");
    }
}
