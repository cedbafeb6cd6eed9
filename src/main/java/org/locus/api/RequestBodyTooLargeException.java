package org.locus.api;

import org.springframework.util.unit.DataSize;

/** A request body over its limit; nothing of it has been parsed. */
class RequestBodyTooLargeException extends RuntimeException {

    private final DataSize limit;

    RequestBodyTooLargeException(DataSize limit) {
        super("request body over " + limit);
        this.limit = limit;
    }

    DataSize limit() {
        return limit;
    }
}
