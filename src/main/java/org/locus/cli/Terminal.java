package org.locus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error or output is a terminal, so that a progress bar is drawn only for a person watching. */
final class Terminal {

    private Terminal() {
    }

    static boolean isStandardError() {
        return isTerminal(2);
    }

    static boolean isStandardOutput() {
        return isTerminal(1);
    }

    /**
     * On Linux, what the descriptor is open on (a terminal is a tty or pts device); elsewhere Java's console, which
     * exists when the process is attached to a terminal at all.
     */
    private static boolean isTerminal(int descriptor) {
        Path fd = Path.of("/proc/self/fd/" + descriptor);
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException e) {
            // fall through to the console
        }
        return System.console() != null && System.console().isTerminal();
    }
}
