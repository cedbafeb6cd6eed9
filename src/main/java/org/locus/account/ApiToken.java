package org.locus.account;

import java.time.Instant;
import java.util.UUID;

/** An API token as listed: its name and when it was made; the secret itself is shown once, when it is made. */
public record ApiToken(UUID id, String name, Instant created) {
}
