package org.locus.cli;

import org.locus.batch.SheetException;
import org.locus.knowledge.KnowledgeBaseException;
import org.locus.questionnaire.InvalidAnswersException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

/**
 * Entry point of the command line; {@link #startsServer} tells the launcher when the arguments ask for the web app
 * instead. Exit codes are listed in the help (and in docs/operations.md).
 */
@Command(name = "java -jar locus.jar", mixinStandardHelpOptions = true, versionProvider = LocusCli.Version.class,
        description = "Locus: diagnoses what holds a region's small-firm economy back and ranks what to do about it."
                + "%nWith no command (or serve), starts the web app (wizard at /, API at /api/v1).",
        subcommands = {DiagnoseCommand.class, BatchCommand.class, TemplateCommand.class, VerifyCasesCommand.class, RuleCoverageCommand.class, CheckCommand.class,
                ServeCommand.class, CommandLine.HelpCommand.class},
        footer = {"%nExit codes:",
                "  0   done",
                "  1   a case did not verify (verify-cases), or a region could not be diagnosed (batch; the others were)",
                "  2   bad input or usage: no such command or option, a file that cannot be read or is not UTF-8 "
                        + "text, an invalid answers document, a sheet that cannot be read as a whole",
                "  3   the knowledge base has problems (the server exits 3 as well)",
                "  70  an unexpected error inside Locus"})
public final class LocusCli {

    public static final int EXIT_MISMATCH = 1;
    /** A batch diagnosed what it could, and some regions could not be: the same code as a case that did not verify. */
    public static final int EXIT_REGIONS_FAILED = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_BAD_KNOWLEDGE_BASE = 3;
    public static final int EXIT_SOFTWARE = 70;
    private static final Set<String> HELP = Set.of("--help", "-h");

    private LocusCli() {
    }

    /** True when the arguments ask for the web app: none at all, or {@code serve} with Spring Boot options. */
    public static boolean startsServer(String[] args) {
        return args.length == 0 || args[0].equals("serve") && List.of(args).stream().noneMatch(HELP::contains);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // before any logger exists: the CLI logs warnings to stderr only, so stdout carries just the result
        System.setProperty("logback.configurationFile", "logback-cli.xml");
        CommandLine cli = new CommandLine(LocusCli.class);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> usageError(e, err));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, err));
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("locus: ran out of memory; give Java more with -Xmx (java -Xmx2g -jar locus.jar ...)");
            return EXIT_SOFTWARE;
        } finally {
            // a command may print without a line end (a report to stdout): nothing it wrote stays in a buffer
            out.flush();
            err.flush();
        }
    }

    private static int usageError(CommandLine.ParameterException e, PrintWriter err) {
        CommandLine failed = e.getCommandLine();
        if (e instanceof UnmatchedArgumentException unmatched && failed.getCommandSpec().parent() == null
                && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            if (word.startsWith("--") && word.contains("=")) {
                err.println("locus: unknown option '" + word + "'; Spring Boot options go after serve: "
                        + "java -jar locus.jar serve " + word);
                return EXIT_BAD_INPUT;
            }
            if (!word.startsWith("-")) {
                List<String> nearest = Nearest.to(word, failed.getSubcommands().keySet());
                err.println("locus: no such command '" + word + "'"
                        + (nearest.isEmpty() ? "" : "; did you mean " + String.join(" or ", nearest) + "?"));
                err.println("Commands: " + String.join(", ", failed.getSubcommands().keySet())
                        + " (java -jar locus.jar --help)");
                return EXIT_BAD_INPUT;
            }
        }
        err.println("locus: " + e.getMessage());
        err.println("See java -jar locus.jar " + (failed.getCommandSpec().parent() == null ? ""
                : failed.getCommandName() + " ") + "--help");
        return EXIT_BAD_INPUT;
    }

    private static int failure(Exception e, PrintWriter err) {
        if (e instanceof InvalidAnswersException invalid) {
            err.println("locus: " + invalid.problems().get(0).describe()
                    + (invalid.problems().size() > 1 ? " (and " + (invalid.problems().size() - 1) + " more)" : ""));
            return EXIT_BAD_INPUT;
        }
        if (e instanceof InputException input) {
            err.println("locus: " + input.getMessage());
            return EXIT_BAD_INPUT;
        }
        if (e instanceof SheetException sheet) {
            sheet.problems().forEach(problem -> err.println("locus: " + problem));
            return EXIT_BAD_INPUT;
        }
        if (e instanceof KnowledgeBaseException kb) {
            List<String> problems = kb.problems();
            err.println("locus: the knowledge base cannot be loaded: " + (problems.size() == 1 ? problems.get(0)
                    : problems.size() + " problems:\n  " + String.join("\n  ", problems)));
            return EXIT_BAD_KNOWLEDGE_BASE;
        }
        err.println("locus: unexpected error: " + e + " (please report it)");
        return EXIT_SOFTWARE;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LocusCli.class.getPackage().getImplementationVersion();
            return new String[] {"Locus " + (version == null ? "(development build)" : version)};
        }
    }
}
