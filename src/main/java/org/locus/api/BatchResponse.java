package org.locus.api;

import java.util.List;

/**
 * A batch's outcomes, one per item, in the order the items came: the JSON document the contract describes, which
 * {@link BatchController} writes item by item.
 */
record BatchResponse(List<BatchOutcome> items) {
}
