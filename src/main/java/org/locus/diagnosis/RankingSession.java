package org.locus.diagnosis;

import org.locus.engine.Exploration;
import org.locus.knowledge.Catalogue;
import org.locus.knowledge.Evidence;
import org.locus.questionnaire.Answers;

/**
 * Rankings of many variations of one region's answers, from one engine session kept open: each ranking costs only
 * the rules the changed answers touch. Gives the same order as {@link Diagnostician#diagnose}. One thread; close it.
 */
public final class RankingSession implements AutoCloseable {

    private final Exploration exploration;
    private final Catalogue catalogue;

    RankingSession(Exploration exploration, Catalogue catalogue) {
        this.exploration = exploration;
        this.catalogue = catalogue;
    }

    public Ranking rank(Answers answers) {
        return Ranking.of(exploration.derive(answers.facts()).stream().filter(Evidence.class::isInstance)
                .map(Evidence.class::cast).toList(), catalogue);
    }

    @Override
    public void close() {
        exploration.close();
    }
}
