package org.locus.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error, redrawn in place at most a few times a second: the regions done, the rate, and,
 * when the share of the input read is known, a bar and the time left. Drawn only for a terminal: a log or a pipe gets
 * nothing from it.
 */
final class Progress {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 24;

    private final PrintWriter err;
    private final DoubleSupplier fraction;
    private final LongSupplier clock;
    private final long start;
    private long regions;
    private long lastDrawn;
    private int lastWidth;

    Progress(PrintWriter err, DoubleSupplier fraction, LongSupplier clock) {
        this.err = err;
        this.fraction = fraction;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastDrawn = start - REDRAW_NANOS; // the first region is drawn at once
    }

    /** One more region done; redraws when the last drawing is old enough. */
    void step() {
        regions++;
        long now = clock.getAsLong();
        if (now - lastDrawn >= REDRAW_NANOS) {
            lastDrawn = now;
            draw(line(now));
        }
    }

    /** Clears the bar, so that what is printed next starts on a clean line. */
    void end() {
        if (lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
        }
    }

    String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = regions / seconds;
        double done = fraction.getAsDouble();
        StringBuilder line = new StringBuilder();
        if (!Double.isNaN(done)) {
            int filled = (int) Math.round(Math.min(1, Math.max(0, done)) * BAR);
            line.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ");
            line.append(String.format("%3d%% ", Math.round(done * 100)));
        }
        line.append(regions).append(regions == 1 ? " region" : " regions");
        line.append(String.format(", %.0f/s", rate));
        if (!Double.isNaN(done) && done > 0.01 && done < 1) {
            line.append(", ").append(clockTime(Duration.ofSeconds(Math.round(seconds * (1 - done) / done))))
                    .append(" left");
        }
        return line.toString();
    }

    private void draw(String line) {
        err.print("\r" + line + (line.length() < lastWidth ? " ".repeat(lastWidth - line.length()) : ""));
        err.flush();
        lastWidth = line.length();
    }

    static String clockTime(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
