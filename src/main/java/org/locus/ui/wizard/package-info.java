/**
 * The adviser's wizard at {@code /assessment}: one step per questionnaire section, each question with an input that
 * fits its type and "don't know" as its default, a summary to review before diagnosing, and the answers kept in the
 * browser, downloadable and uploadable as the answers document. The question forms here are reused by the trainer's
 * case page.
 */
package org.locus.ui.wizard;
