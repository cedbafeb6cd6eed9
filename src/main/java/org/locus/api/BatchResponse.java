package org.locus.api;

import java.util.List;

/** A batch's outcomes, one per item, in the order the items came. */
record BatchResponse(List<BatchOutcome> items) {
}
