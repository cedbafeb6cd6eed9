package org.locus.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * A diagnosis as it was shown: the answers document it was made from, the version of the knowledge base that made
 * it, and the result document itself, so that what Locus said in March can be shown again exactly, whatever the
 * answers and the rules have become since.
 */
public record Receipt(UUID id, UUID assessment, Instant at, String by, String knowledgeVersion, String answers,
                      String result) {
}
