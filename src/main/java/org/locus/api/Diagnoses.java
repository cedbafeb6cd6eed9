package org.locus.api;

import org.locus.analysis.Analyst;
import org.locus.diagnosis.DiagnosisDocument;
import org.locus.diagnosis.Diagnostician;
import org.locus.questionnaire.Answers;
import org.springframework.stereotype.Component;

/** Diagnoses for the API: plain by default, with why-not, what-if, next question and robustness on request. */
@Component
class Diagnoses {

    static final String EXPLAIN_DESCRIPTION = "Add the analysis: why not, what if, which question to answer next, "
            + "and how robust the top three are (see docs/analysis.md). Costs a few milliseconds more.";

    private final Diagnostician diagnostician;
    private final Analyst analyst;

    Diagnoses(Diagnostician diagnostician, Analyst analyst) {
        this.diagnostician = diagnostician;
        this.analyst = analyst;
    }

    DiagnosisDocument of(Answers answers, boolean explain) {
        return explain ? analyst.analyse(answers) : diagnostician.diagnose(answers);
    }
}
