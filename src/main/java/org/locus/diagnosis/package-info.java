/**
 * From a region's answers to the result document: runs the rules, ranks the recommendations by the evidence the
 * rules built up, and attaches an explanation to every situation, finding and recommendation.
 */
package org.locus.diagnosis;
