/**
 * The explained diagnosis: the situation in plain words, the ranked recommendations each with its reasons (findings,
 * answers, chapter sections), its score broken into contributions and its citation, the findings by concern, and a
 * note on the don't-know answers that matter most. {@link org.locus.ui.results.OpenQuestions} is where a smarter
 * "which question next" analysis plugs in: a Spring bean implementing it replaces the default.
 */
package org.locus.ui.results;
