/**
 * Beyond the trace: the questions an adviser asks once a diagnosis is in front of them, answered from the rules
 * themselves. Why was a recommendation not made (read off the rules' conditions and confirmed by the engine), what
 * answer changes would change the top three (the engine rerun on variations of the answers), which unanswered
 * question to answer next, and how robust each of the top three is. Nothing here is written per rule; see
 * {@code docs/analysis.md}.
 */
package org.locus.analysis;
