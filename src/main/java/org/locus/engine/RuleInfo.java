package org.locus.engine;

import org.locus.knowledge.Condition;

import java.util.List;

/**
 * A rule as its author wrote it: name, where it stands, its metadata and its conditions as the parser read them.
 *
 * @param description  {@code @description}: what the rule concludes, in words
 * @param section      {@code @section}: the chapter section it rests on
 * @param cites        {@code @cites}: the works the chapter cites there
 * @param confirmedBy  {@code @confirmedBy}: the questions that confirm its conclusion; while they are unanswered and
 *                     every other condition holds, the conclusion is provisional
 * @param provisional  {@code @provisional}: why the rule's conclusion is provisional by nature (it concludes from
 *                     missing information, so it may test absence with {@code not}); {@code null} for other rules
 * @param when         its conditions
 * @param consequence  the code after {@code then}
 * @param source       the rule's text, from {@code rule} to {@code end}
 */
public record RuleInfo(String name, String file, int line, String description, String section, List<String> cites,
                       List<String> confirmedBy, String provisional, Condition when, String consequence,
                       String source) {

    public RuleInfo {
        cites = List.copyOf(cites);
        confirmedBy = List.copyOf(confirmedBy);
    }

    /** Whether the rule concludes from missing information, so that what it derives is never established. */
    public boolean isProvisional() {
        return provisional != null;
    }
}
