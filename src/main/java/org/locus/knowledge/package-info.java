/**
 * The vocabulary the rule base speaks: the facts that rules match and derive ({@link org.locus.knowledge.Answer},
 * {@link org.locus.knowledge.Situation}, {@link org.locus.knowledge.Finding}, {@link org.locus.knowledge.Evidence}),
 * the catalogue of stable ids with their adviser-facing titles, and the loading and consistency checks of the
 * knowledge base as a whole. Free of Spring, Vaadin and Drools.
 */
package org.locus.knowledge;
