package org.locus.cli;

import org.locus.batch.Region;
import org.locus.batch.RegionSource;

import java.io.PrintWriter;
import java.util.List;

/** Follows the batch for the person at the terminal: the progress bar and the problems of each failed region. */
final class BatchWatcher {

    private final List<RegionSource> sources;
    private final PrintWriter err;
    private final Progress progress;
    private int printed;
    private int unprinted;

    BatchWatcher(List<RegionSource> sources, PrintWriter err, boolean draw) {
        this.sources = sources;
        this.err = err;
        this.progress = draw ? new Progress(err, this::fraction, System::nanoTime) : null;
    }

    /** The share of all inputs read: the sources before the one being read, and its own share. */
    private double fraction() {
        for (int i = 0; i < sources.size(); i++) {
            double done = sources.get(i).done();
            if (Double.isNaN(done)) {
                return Double.NaN;
            }
            if (done < 1 || i == sources.size() - 1) {
                return (i + done) / sources.size();
            }
        }
        return Double.NaN;
    }

    void done(Region region) {
        if (region instanceof Region.Unreadable failed) {
            for (String problem : failed.problems()) {
                if (printed < BatchCommand.ERROR_LINES) {
                    if (progress != null) {
                        progress.end();
                    }
                    err.println("locus: " + failed.where() + ": " + problem);
                    printed++;
                } else {
                    unprinted++;
                }
            }
        }
        if (progress != null) {
            progress.step();
        }
    }

    /** Problem lines past the most printed, which only the results hold. */
    int unprinted() {
        return unprinted;
    }

    void end() {
        if (progress != null) {
            progress.end();
        }
        err.flush();
    }
}
