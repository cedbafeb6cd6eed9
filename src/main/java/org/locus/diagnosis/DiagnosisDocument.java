package org.locus.diagnosis;

/**
 * What a diagnosis request returns: the result document alone, or with more attached (an analysis), so that the API,
 * the command line and the reports take either.
 */
public interface DiagnosisDocument {

    /** The result document itself. */
    DiagnosisResult diagnosis();
}
