package org.locus.knowledge;

import java.util.Objects;

/**
 * An intermediate conclusion about the region, such as {@code location-type = peripheral}. Rules derive situations
 * from answers first; findings build on them. An aspect may hold more than one value when the catalogue says it is a
 * set ({@code upgrading-achieved}).
 */
public final class Situation {

    /** Facts are looked up by hash in every diagnosis, many times over: computed once. */
    private final int hash;

    private final String aspect;
    private final String value;

    public Situation(String aspect, String value) {
        this.aspect = Objects.requireNonNull(aspect, "aspect");
        this.value = Objects.requireNonNull(value, "value");
        this.hash = Objects.hash(aspect, value);
    }

    public String getAspect() {
        return aspect;
    }

    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Situation other && aspect.equals(other.aspect) && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Situation[" + aspect + "=" + value + "]";
    }
}
