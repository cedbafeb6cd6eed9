package org.locus.cli;

import org.locus.knowledge.KnowledgeBaseException;
import org.locus.questionnaire.InvalidAnswersException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Set;

/** Entry point of the command line; {@link #handles} tells the launcher which arguments are ours. */
@Command(name = "java -jar locus.jar", mixinStandardHelpOptions = true, versionProvider = LocusCli.Version.class,
        description = "Locus: diagnoses what holds a region's small-firm economy back and ranks what to do about it."
                + "%nWith no command, starts the web app (wizard at /, API at /api/v1).",
        subcommands = {DiagnoseCommand.class, VerifyCasesCommand.class, RuleCoverageCommand.class, CommandLine.HelpCommand.class})
public final class LocusCli {

    public static final int EXIT_MISMATCH = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_BAD_KNOWLEDGE_BASE = 3;
    private static final Set<String> COMMANDS = Set.of("diagnose", "verify-cases", "rule-coverage", "help", "--help", "-h", "--version", "-V");

    private LocusCli() {
    }

    /** True when the arguments ask for a command rather than the web app. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
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
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidAnswersException invalid) {
                err.println("locus: " + invalid.problems().get(0).describe()
                        + (invalid.problems().size() > 1 ? " (and " + (invalid.problems().size() - 1) + " more)" : ""));
                return EXIT_BAD_INPUT;
            }
            if (e instanceof InputException input) {
                err.println("locus: " + input.getMessage());
                return EXIT_BAD_INPUT;
            }
            if (e instanceof KnowledgeBaseException kb) {
                err.println("locus: the knowledge base cannot be loaded: " + kb.getMessage());
                return EXIT_BAD_KNOWLEDGE_BASE;
            }
            err.println("locus: unexpected error: " + e);
            return CommandLine.ExitCode.SOFTWARE;
        });
        try {
            return cli.execute(args);
        } finally {
            // a command may print without a line end (a report to stdout): nothing it wrote stays in a buffer
            out.flush();
            err.flush();
        }
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
