package org.locus.cli;

import org.locus.Locus;
import org.locus.cases.CaseVerifier;
import org.locus.cases.LibraryCase;
import org.locus.cases.ValidationScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "verify-cases", mixinStandardHelpOptions = true,
        description = "Runs every teaching case against its expected findings and top recommendations, exiting 1 "
                + "naming each mismatch; then prints the score of the validation cases (regions from published "
                + "studies), which measure the rules and never change the exit code.")
final class VerifyCasesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "the case folder (default: ./cases if it exists, else the cases packaged in the jar)")
    Path directory;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Locus locus = knowledge.load(CaseFolder.resolve(directory));
        CaseVerifier verifier = new CaseVerifier(locus.diagnostician());
        PrintWriter out = spec.commandLine().getOut();
        List<LibraryCase> teaching = locus.cases().cases().stream().filter(c -> !c.validation()).toList();
        List<LibraryCase> validation = locus.cases().cases().stream().filter(LibraryCase::validation).toList();
        int failed = 0;
        for (LibraryCase c : teaching) {
            List<String> mismatches = verifier.verify(c);
            if (mismatches.isEmpty()) {
                out.println("ok    " + c.id());
            } else {
                failed++;
                out.println("FAIL  " + c.id() + " (" + c.file() + ")");
                mismatches.forEach(m -> out.println("      " + m));
            }
        }
        out.println(teaching.size() - failed + " passed, " + failed + " failed");
        if (!validation.isEmpty()) {
            printScores(out, validation.stream().map(verifier::score).toList());
        }
        return failed == 0 ? 0 : LocusCli.EXIT_MISMATCH;
    }

    /** One line per case, then what each missed, so a rule change shows as a changed line and a changed total. */
    private static void printScores(PrintWriter out, List<ValidationScore> scores) {
        out.println();
        out.println("Validation set: " + scores.size() + " regions from published studies (scored, not failed)");
        int width = Math.max(4, scores.stream().mapToInt(s -> s.scored().id().length()).max().orElse(0));
        String row = "%-" + width + "s  %-9s  %-15s  %s%n";
        out.printf(row, "case", "recall", "false positives", "top-five hits");
        for (ValidationScore s : scores) {
            out.printf(row, s.scored().id(), s.recalledFindings().size() + "/" + s.expectedFindings(),
                    s.falsePositives().size() + "/" + s.scored().expected().absentFindings().size(),
                    s.topHits().size() + "/" + s.expectedTop());
            s.missedFindings().forEach((f, why) -> out.println("      missed finding '" + f + "': " + why));
            s.falsePositives().forEach(f -> out.println("      false positive '" + f + "': established, but the source rules it out"));
            s.missedTop().forEach((r, why) -> out.println("      recommendation '" + r + "' not in the top "
                    + LibraryCase.Expectations.TOP + ": " + why));
        }
        ValidationScore.Totals totals = ValidationScore.Totals.of(scores);
        out.printf(row, "total", totals.recalled() + "/" + totals.expected(),
                totals.falsePositives() + "/" + totals.absentChecked(), totals.topHits() + "/" + totals.topExpected());
        out.printf("recall %.0f %% (%d/%d; %.0f %% of the %d findings the knowledge base has), %d false positives, "
                        + "%d of %d recommendations in the top five%n",
                100 * totals.recall(), totals.recalled(), totals.expected(), 100 * totals.recallOfKnownFindings(),
                totals.expected() - totals.notInKnowledgeBase(), totals.falsePositives(), totals.topHits(),
                totals.topExpected());
    }
}
