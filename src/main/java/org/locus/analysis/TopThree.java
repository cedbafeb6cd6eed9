package org.locus.analysis;

import org.locus.diagnosis.Ranking;
import org.locus.knowledge.Catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Compares the top three of two rankings: which recommendations enter, leave or move. */
final class TopThree {

    private TopThree() {
    }

    /** The changes to the top three from {@code before} to {@code after}; empty when the top three are the same. */
    static List<RankChange> effects(Ranking before, Ranking after, Catalogue catalogue) {
        List<String> was = before.top(Analysis.TOP);
        List<String> is = after.top(Analysis.TOP);
        if (was.equals(is)) {
            return List.of();
        }
        Set<String> concerned = new LinkedHashSet<>(was);
        concerned.addAll(is);
        List<RankChange> effects = new ArrayList<>();
        for (String id : concerned) {
            Integer from = rank(before, id);
            Integer to = rank(after, id);
            String title = catalogue.recommendation(id).map(Catalogue.RecommendationEntry::title).orElse(id);
            if (!was.contains(id)) {
                effects.add(new RankChange(id, title, RankChange.ENTERS, from, to, "enters the top three at rank " + to
                        + (from == null ? " (was not made)" : " (was rank " + from + ")")));
            } else if (!is.contains(id)) {
                effects.add(new RankChange(id, title, RankChange.LEAVES, from, to, "leaves the top three"
                        + (to == null ? " (no longer made)" : " (now rank " + to + ")")));
            } else if (!from.equals(to)) {
                effects.add(new RankChange(id, title, RankChange.MOVES, from, to, "moves from rank " + from + " to rank " + to));
            }
        }
        return List.copyOf(effects);
    }

    private static Integer rank(Ranking ranking, String id) {
        int rank = ranking.rankOf(id);
        return rank == 0 ? null : rank;
    }
}
