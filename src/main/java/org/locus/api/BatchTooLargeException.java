package org.locus.api;

/** A batch with more answers documents than {@code locus.api.max-batch-size} allows. */
class BatchTooLargeException extends RuntimeException {

    private final int size;
    private final int limit;

    BatchTooLargeException(int size, int limit) {
        super("batch of " + size + " over " + limit);
        this.size = size;
        this.limit = limit;
    }

    int size() {
        return size;
    }

    int limit() {
        return limit;
    }
}
