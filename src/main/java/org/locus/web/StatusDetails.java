package org.locus.web;

/**
 * What to tell a client about an error that no handler explained: Tomcat refusing a request it could not read, or a
 * status set without a message. Written for the person who sent the request, without the server's internals.
 */
final class StatusDetails {

    private StatusDetails() {
    }

    /**
     * The status to answer with: a method or an HTTP version the server does not take is the client's to change, so a
     * 4xx, not Tomcat's 501 or 505.
     */
    static int answered(int status) {
        return switch (status) {
            case 501 -> 405;
            case 505 -> 400;
            default -> status;
        };
    }

    static String of(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its URL or a header is malformed (a control character, an "
                    + "encoded NUL or slash, an invalid %-escape, a character not allowed in a URL) or too long "
                    + "(the request line and headers together may take 8 KB).";
            case 404 -> "There is no such page or resource. The API's endpoints are listed at /v3/api-docs.";
            case 405 -> "The path does not take this method; Locus takes GET, HEAD, POST and OPTIONS.";
            case 408 -> "The request took too long to arrive; send it again, all at once.";
            case 413 -> "The request body is larger than the server accepts.";
            case 414 -> "The URL is too long: the request line and headers together may take 8 KB.";
            case 417 -> "The server cannot meet the Expect header; send the request without it.";
            case 431 -> "The request headers are too long: the request line and headers together may take 8 KB.";
            default -> status >= 500
                    ? "Locus failed on this request; the error is logged. Please report it with the request that caused it."
                    : "The request cannot be answered (status " + status + ").";
        };
    }
}
