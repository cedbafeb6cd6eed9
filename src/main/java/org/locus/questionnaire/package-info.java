/**
 * The questionnaire as data: sections and typed questions loaded from {@code rules/questionnaire.yaml}, and the
 * answers document that the command line, the API, the UI and the case files share. Reading a document validates
 * every answer against its question and reports every problem with a JSON pointer to it.
 */
package org.locus.questionnaire;
