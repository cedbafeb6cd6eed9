/**
 * The case library: worked regions from the chapter (and contrasting ones), each an answers document with its
 * story, sources, assumed answers and the findings a reader of the chapter expects. Verifying a case runs it and
 * compares the result with those expectations.
 */
package org.locus.cases;
