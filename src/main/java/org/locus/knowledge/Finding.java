package org.locus.knowledge;

import java.util.Objects;

/** A diagnosis of what holds the region back, or of a window that is open, under its catalogue id. */
public final class Finding {

    private final String id;

    public Finding(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public String getId() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Finding[" + id + "]";
    }
}
