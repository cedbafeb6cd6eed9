package org.locus.api;

import java.util.List;

/** The case library, in file name order. */
record CaseList(List<CaseSummary> cases) {
}
