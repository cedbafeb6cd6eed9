package org.locus.cli;

import org.locus.Locus;
import org.locus.cases.CaseVerifier;
import org.locus.cases.LibraryCase;
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
        description = "Runs every case file against its expected findings and top recommendations; "
                + "exits 1 naming each mismatch.")
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
        int failed = 0;
        for (LibraryCase c : locus.cases().cases()) {
            List<String> mismatches = verifier.verify(c);
            if (mismatches.isEmpty()) {
                out.println("ok    " + c.id());
            } else {
                failed++;
                out.println("FAIL  " + c.id() + " (" + c.file() + ")");
                mismatches.forEach(m -> out.println("      " + m));
            }
        }
        out.println(locus.cases().cases().size() - failed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : LocusCli.EXIT_MISMATCH;
    }
}
