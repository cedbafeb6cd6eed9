package org.locus.batch;

import org.locus.diagnosis.DiagnosisResult;

/**
 * Where the results of a batch go, one region at a time, as each is done: nothing is kept once written (a workbook
 * keeps a window of rows, the rest is on disk until it is closed).
 */
public interface ResultWriter extends AutoCloseable {

    void diagnosed(Region.Answered region, DiagnosisResult result);

    void failed(Region.Unreadable region);

    /** Ends the output (a workbook is written out here). */
    @Override
    void close();
}
