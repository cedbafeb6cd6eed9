/**
 * Three-valued reasoning over what the rules derived: which conclusions are established on answered facts, which are
 * provisional because a confirming answer is still unknown (or because they conclude from missing information), and
 * which questions would settle each provisional one. Free of Spring, Vaadin and Drools.
 */
package org.locus.reasoning;
