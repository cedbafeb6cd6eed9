package org.locus.batch;

import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a batch: every region of every source, in order, diagnosed and written as soon as it is read. A region that
 * cannot be read is written with its problems and the batch goes on; one whose diagnosis fails inside Locus likewise,
 * so that one region never costs the others.
 */
public final class Batch {

    private final Diagnostician diagnostician;

    public Batch(Diagnostician diagnostician) {
        this.diagnostician = diagnostician;
    }

    /**
     * @param done told of each region once it is written, for progress and for reporting its problems
     * @return the counts of the batch
     * @throws SheetException when a source cannot be read as a whole; what was read before it is written
     */
    public BatchSummary run(List<? extends RegionSource> sources, ResultWriter out, Consumer<Region> done) {
        BatchSummary summary = new BatchSummary();
        for (RegionSource source : sources) {
            source.read(region -> {
                Region outcome = region;
                if (region instanceof Region.Answered answered) {
                    DiagnosisResult result = null;
                    try {
                        result = diagnostician.diagnose(answered.answers());
                    } catch (RuntimeException e) {
                        outcome = new Region.Unreadable(answered.id(), answered.where(),
                                List.of("could not be diagnosed: an error inside Locus (" + e + "); please report it"));
                    }
                    if (result != null) {
                        out.diagnosed(answered, result);
                        summary.diagnosed(result);
                    }
                }
                if (outcome instanceof Region.Unreadable unreadable) {
                    out.failed(unreadable);
                    summary.notDiagnosed();
                }
                done.accept(outcome);
            });
        }
        return summary;
    }
}
