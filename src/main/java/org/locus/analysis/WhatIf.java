package org.locus.analysis;

import java.util.List;

/** A change of one or two answers and exactly what it does to the top three. */
public record WhatIf(List<AnswerChange> changes, List<RankChange> effects) {

    /** Whether one of the effects is this recommendation leaving the top three. */
    public boolean pushesOut(String recommendation) {
        return effects.stream().anyMatch(e -> e.recommendation().equals(recommendation) && e.effect().equals(RankChange.LEAVES));
    }

    /** Whether one of the effects is this recommendation entering the top three. */
    public boolean bringsIn(String recommendation) {
        return effects.stream().anyMatch(e -> e.recommendation().equals(recommendation) && e.effect().equals(RankChange.ENTERS));
    }
}
