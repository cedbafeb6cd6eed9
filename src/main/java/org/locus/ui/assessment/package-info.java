/**
 * The adviser's answers in the browser: the answers of the assessment in progress ({@link
 * org.locus.ui.assessment.CurrentAssessment}), kept per browser in its local storage so that they survive a reload or
 * a closed tab, and the answers document to download and upload, the same {@code {"answers": {...}}} that the
 * command line and the API read.
 */
package org.locus.ui.assessment;
