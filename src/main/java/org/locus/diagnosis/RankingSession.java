package org.locus.diagnosis;

import org.locus.engine.Exploration;
import org.locus.knowledge.Catalogue;
import org.locus.questionnaire.Answers;
import org.locus.reasoning.Reasoner;

/**
 * Rankings of many variations of one region's answers, from one engine session kept open: each ranking costs only
 * the rules the changed answers touch. Gives the same order as {@link Diagnostician#diagnose}. One thread; close it.
 */
public final class RankingSession implements AutoCloseable {

    private final Exploration exploration;
    private final Reasoner reasoner;
    private final Catalogue catalogue;

    RankingSession(Exploration exploration, Reasoner reasoner, Catalogue catalogue) {
        this.exploration = exploration;
        this.reasoner = reasoner;
        this.catalogue = catalogue;
    }

    public Ranking rank(Answers answers) {
        return Ranking.of(reasoner.reason(exploration.derive(answers.facts()), answers), catalogue);
    }

    @Override
    public void close() {
        exploration.close();
    }
}
