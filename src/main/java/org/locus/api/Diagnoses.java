package org.locus.api;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.locus.Locus;
import org.locus.diagnosis.DiagnosisDocument;
import org.locus.questionnaire.Answers;
import org.springframework.stereotype.Component;

/**
 * Diagnoses for the API: plain by default, with why-not, what-if, next question and robustness on request, with or
 * without traces; each timed for the metrics ({@code locus.diagnoses}, {@code locus.analyses},
 * {@code locus.batch.size}; see docs/operations.md).
 */
@Component
class Diagnoses {

    static final String EXPLAIN_DESCRIPTION = "Add the analysis: why not, what if, which question to answer next, "
            + "and how robust the top three are (see docs/analysis.md). Costs a few milliseconds more.";
    static final String TRACES_DESCRIPTION = "false leaves out every trace (the rule-by-rule derivations of the "
            + "situation, each finding and each recommendation): for the packaged cases a result of a fifth to a half of the size, for clients "
            + "that show only the ranking and the scores.";

    private final Timer diagnoses;
    private final Timer analyses;
    private final DistributionSummary batchSizes;

    Diagnoses(MeterRegistry registry) {
        this.diagnoses = Timer.builder("locus.diagnoses").description("Diagnoses made through the API, batches included")
                .publishPercentileHistogram().register(registry);
        this.analyses = Timer.builder("locus.analyses").description("Diagnoses with their analysis (explain=true)")
                .publishPercentileHistogram().register(registry);
        this.batchSizes = DistributionSummary.builder("locus.batch.size").baseUnit("regions")
                .description("Regions per batch request").publishPercentileHistogram().register(registry);
    }

    DiagnosisDocument of(Locus locus, Answers answers, boolean explain, boolean traces) {
        DiagnosisDocument result = explain
                ? analyses.record(() -> locus.analyst().analyse(answers))
                : diagnoses.record(() -> locus.diagnostician().diagnose(answers));
        return traces ? result : LightResults.withoutTraces(result);
    }

    void batchReceived(int regions) {
        batchSizes.record(regions);
    }
}
