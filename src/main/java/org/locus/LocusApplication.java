package org.locus;

import org.locus.cli.LocusCli;
import org.locus.reload.LiveKnowledge;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Arrays;

/**
 * Starts Locus: with no arguments, or {@code serve} and Spring Boot options ({@code serve --server.port=9090}), the
 * web app (the adviser's wizard, the case library and the JSON API); anything else is a command of the command line,
 * which runs without the web stack and says so when there is no such command.
 */
@SpringBootApplication
public class LocusApplication {

    public static void main(String[] args) {
        if (!LocusCli.startsServer(args)) {
            LocusCli.main(args);
            return;
        }
        String[] options = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        ConfigurableApplicationContext context = SpringApplication.run(LocusApplication.class, options);
        if (!context.getBean(LiveKnowledge.class).awaitFirstLoad().isLoaded()) {
            // the log has every problem already; the exit code is the command line's for a broken knowledge base
            System.exit(SpringApplication.exit(context, () -> LocusCli.EXIT_BAD_KNOWLEDGE_BASE));
        }
    }
}
