package org.locus.assessment;

/**
 * A change was made against a version of the assessment that is no longer the current one: someone else changed it
 * in between. Nothing was written; the caller shows the current state and lets the person decide.
 */
public class VersionConflictException extends RuntimeException {

    private final long expected;
    private final long current;

    public VersionConflictException(long expected, long current) {
        super("the assessment was changed meanwhile: the change was made on version " + expected
                + ", and it is now at version " + current);
        this.expected = expected;
        this.current = current;
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
