package org.locus.batch;

import java.util.function.Consumer;

/**
 * Where the regions of a batch come from: a sheet, a file of JSON lines, answers documents. It hands each region on as
 * soon as it is read, so a batch never holds more than one row.
 */
public interface RegionSource {

    /** The file (or standard input) it reads, for messages. */
    String name();

    /**
     * Reads every region in order and hands each to {@code regions}.
     *
     * @throws SheetException when the file as a whole cannot be read; the regions handed on before stand
     */
    void read(Consumer<Region> regions);

    /** How far reading has got, from 0 to 1, or NaN when that is not known. */
    default double done() {
        return Double.NaN;
    }
}
