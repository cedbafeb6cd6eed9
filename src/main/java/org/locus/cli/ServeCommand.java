package org.locus.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code serve} starts the web app; the launcher does that before the command line runs, so this command only gives
 * {@code serve} its place in the help.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Starts the web app: the wizard at /, the JSON API at /api/v1 (what running with no command "
                + "does). Spring Boot options follow, e.g. serve --server.port=9090 --locus.rules-dir=rules; "
                + "see docs/operations.md.")
final class ServeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "--name=value", arity = "0..*", description = "Spring Boot properties")
    List<String> properties;

    @Override
    public Integer call() {
        throw new IllegalStateException("serve is started by the launcher, not by the command line");
    }
}
