/**
 * The knowledge base assembled and checked: questionnaire, catalogue and compiled rules from one {@code rules/}
 * folder, with the consistency check that stops start-up when they do not fit together.
 */
package org.locus.rulebase;
