package org.locus.cli;

/** A file or argument the user gave cannot be used; the message says which and why, in one line. */
final class InputException extends RuntimeException {

    InputException(String message) {
        super(message);
    }
}
