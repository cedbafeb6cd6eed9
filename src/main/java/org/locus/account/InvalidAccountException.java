package org.locus.account;

/** What was asked of accounts cannot be done as given; the message says why, for the person who asked. */
public class InvalidAccountException extends RuntimeException {

    public InvalidAccountException(String message) {
        super(message);
    }
}
