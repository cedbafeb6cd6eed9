/**
 * JMH benchmarks of what Locus costs in process: one diagnosis of each library case and its parts, loading the rule
 * base cold and warm, and a diagnosis on generated rule bases of growing size. Built and run only in the
 * {@code benchmarks} Maven profile; {@code src/bench/run-all.sh} runs them with the HTTP benchmarks and
 * {@code docs/performance.md} explains the figures.
 */
package org.locus.benchmarks;
