package org.locus.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one request may ask of the service, so that no client can tie it up by accident.
 *
 * @param maxBodySize      the largest request body, except a batch's ({@code locus.api.max-body-size})
 * @param maxBatchBodySize the largest batch request body ({@code locus.api.max-batch-body-size}); a batch holds many
 *                         answers documents, so it gets its own, larger limit
 * @param maxBatchSize     the most answers documents in one batch ({@code locus.api.max-batch-size})
 */
@ConfigurationProperties("locus.api")
record ApiLimits(@DefaultValue("256KB") DataSize maxBodySize, @DefaultValue("4MB") DataSize maxBatchBodySize,
                 @DefaultValue("1000") int maxBatchSize) {
}
