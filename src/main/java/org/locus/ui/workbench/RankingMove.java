package org.locus.ui.workbench;

import org.locus.diagnosis.DiagnosisResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How one recommendation moved between a reference ranking and a new one: it entered, left, or went up or down.
 *
 * @param from its rank before, 0 if it was not made
 * @param to   its rank now, 0 if it is no longer made
 */
public record RankingMove(String recommendation, String title, Kind kind, int from, int to) {

    public enum Kind { ENTERED, LEFT, UP, DOWN }

    /** Every recommendation whose place changed, new places first in rank order, then those that left. */
    public static List<RankingMove> between(List<DiagnosisResult.RecommendationResult> before,
                                            List<DiagnosisResult.RecommendationResult> after) {
        Map<String, DiagnosisResult.RecommendationResult> was = byId(before);
        Map<String, DiagnosisResult.RecommendationResult> now = byId(after);
        List<RankingMove> moves = new ArrayList<>();
        for (DiagnosisResult.RecommendationResult r : after) {
            DiagnosisResult.RecommendationResult old = was.get(r.id());
            if (old == null) {
                moves.add(new RankingMove(r.id(), r.title(), Kind.ENTERED, 0, r.rank()));
            } else if (old.rank() != r.rank()) {
                moves.add(new RankingMove(r.id(), r.title(), old.rank() > r.rank() ? Kind.UP : Kind.DOWN, old.rank(), r.rank()));
            }
        }
        before.stream().filter(r -> !now.containsKey(r.id())).sorted(Comparator.comparingInt(DiagnosisResult.RecommendationResult::rank))
                .forEach(r -> moves.add(new RankingMove(r.id(), r.title(), Kind.LEFT, r.rank(), 0)));
        return List.copyOf(moves);
    }

    private static Map<String, DiagnosisResult.RecommendationResult> byId(List<DiagnosisResult.RecommendationResult> ranking) {
        return ranking.stream().collect(Collectors.toMap(DiagnosisResult.RecommendationResult::id, Function.identity()));
    }

    /** How many places it moved; 0 for one that entered or left. */
    public int by() {
        return kind == Kind.UP || kind == Kind.DOWN ? Math.abs(from - to) : 0;
    }

    /** A short label for the recommendation's card: "new", "up 2", "down 1"; none for one that left. */
    public String badge() {
        return switch (kind) {
            case ENTERED -> "new";
            case UP -> "up " + by();
            case DOWN -> "down " + by();
            case LEFT -> null;
        };
    }

    /** A sentence for the list of what moved. */
    public String describe() {
        return switch (kind) {
            case ENTERED -> "Entered at rank " + to + ": " + title;
            case LEFT -> "Left the ranking (was rank " + from + "): " + title;
            case UP -> "Up " + by() + " to rank " + to + ": " + title;
            case DOWN -> "Down " + by() + " to rank " + to + ": " + title;
        };
    }
}
