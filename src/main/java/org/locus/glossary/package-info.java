/**
 * The glossary of the knowledge base ({@code rules/glossary.yaml}): the chapter's terms and the words of Locus's own
 * results in plain language, and the two things a text does with it: name the terms it uses, and spell out an
 * abbreviation where it is first used. Free of Spring and Vaadin.
 */
package org.locus.glossary;
