package org.locus.api;

import org.locus.cases.LibraryCase;

/** A case as the library lists it. */
record CaseSummary(String id, String title, String place, String period, String sector, String summary) {

    static CaseSummary of(LibraryCase c) {
        return new CaseSummary(c.id(), c.title(), c.place(), c.period(), c.sector(), c.summary());
    }
}
