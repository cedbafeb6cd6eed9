package org.locus.batch;

import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs a batch: every region of every source, in order, diagnosed and written as soon as it is read. A region that
 * cannot be read is written with its problems and the batch goes on; one whose diagnosis fails inside Locus likewise,
 * so that one region never costs the others.
 *
 * <p>Reading and writing happen on the calling thread, diagnoses on {@code threads} others (the diagnostician is
 * thread-safe), at most {@code 4 × threads} regions ahead of the one being written: the output keeps the input's
 * order and the batch holds a few dozen results at most, whatever its size.
 */
public final class Batch {

    private final Diagnostician diagnostician;
    private final int threads;

    /** @param threads how many diagnoses run at once; 1 diagnoses on the calling thread */
    public Batch(Diagnostician diagnostician, int threads) {
        this.diagnostician = diagnostician;
        this.threads = Math.max(1, threads);
    }

    /**
     * @param done told of each region once it is written, for progress and for reporting its problems
     * @return the counts of the batch
     * @throws SheetException when a source cannot be read as a whole; what was read before it is written
     */
    public BatchSummary run(List<? extends RegionSource> sources, ResultWriter out, Consumer<Region> done) {
        BatchSummary summary = new BatchSummary();
        Deque<Pending> pending = new ArrayDeque<>();
        int window = 4 * threads;
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "locus-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (RegionSource source : sources) {
                try {
                    source.read(region -> {
                        pending.addLast(new Pending(region, region instanceof Region.Answered answered
                                ? CompletableFuture.supplyAsync(() -> diagnose(answered), pool == null ? Runnable::run : pool)
                                : null));
                        while (pending.size() > (pool == null ? 0 : window)) {
                            write(pending.removeFirst(), out, summary, done);
                        }
                    });
                } catch (SheetException e) {
                    // the regions read before the file broke off are written, as if it had ended there
                    drain(pending, out, summary, done);
                    throw e;
                }
            }
            drain(pending, out, summary, done);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return summary;
    }

    private static void drain(Deque<Pending> pending, ResultWriter out, BatchSummary summary, Consumer<Region> done) {
        while (!pending.isEmpty()) {
            write(pending.removeFirst(), out, summary, done);
        }
    }

    private record Pending(Region region, CompletableFuture<Object> diagnosis) {
    }

    /** The result, or the problem that kept it from being made. */
    private Object diagnose(Region.Answered region) {
        try {
            return diagnostician.diagnose(region.answers());
        } catch (RuntimeException e) {
            return new Region.Unreadable(region.id(), region.where(),
                    List.of("could not be diagnosed: an error inside Locus (" + e + "); please report it"));
        }
    }

    private static void write(Pending pending, ResultWriter out, BatchSummary summary, Consumer<Region> done) {
        Region outcome = pending.region();
        if (pending.diagnosis() != null) {
            Object diagnosed = join(pending.diagnosis());
            if (diagnosed instanceof DiagnosisResult result) {
                out.diagnosed((Region.Answered) outcome, result);
                summary.diagnosed(result);
            } else {
                outcome = (Region) diagnosed;
            }
        }
        if (outcome instanceof Region.Unreadable unreadable) {
            out.failed(unreadable);
            summary.notDiagnosed();
        }
        done.accept(outcome);
    }

    private static Object join(CompletableFuture<Object> diagnosis) {
        try {
            return diagnosis.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
