package org.locus;

import org.locus.cli.LocusCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts Locus: with a command ({@code diagnose}, {@code verify-cases}, {@code --help}) the command line runs without
 * the web stack; with none, the web app starts (the adviser's wizard, the case library and the JSON API).
 */
@SpringBootApplication
public class LocusApplication {

    public static void main(String[] args) {
        if (LocusCli.handles(args)) {
            LocusCli.main(args);
            return;
        }
        SpringApplication.run(LocusApplication.class, args);
    }
}
