package org.locus.questionnaire;

import java.util.List;

/** A section of the questionnaire: one step of the wizard. */
public record Section(String id, String title, String intro, List<Question> questions) {
}
