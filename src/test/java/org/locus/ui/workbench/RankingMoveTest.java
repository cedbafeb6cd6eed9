package org.locus.ui.workbench;

import org.junit.jupiter.api.Test;
import org.locus.diagnosis.DiagnosisResult;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RankingMoveTest {

    private static List<DiagnosisResult.RecommendationResult> ranking(String... ids) {
        List<DiagnosisResult.RecommendationResult> ranking = new ArrayList<>();
        for (String id : ids) {
            ranking.add(new DiagnosisResult.RecommendationResult(id, ranking.size() + 1, 1, "established", "local",
                    new DiagnosisResult.Actor("local-government", "Local government"), "Title " + id, "", "s",
                    List.of(), List.of(), List.of(), List.of("an indicator"), List.of(), List.of()));
        }
        return ranking;
    }

    @Test
    void theSameRankingHasNoMoves() {
        assertThat(RankingMove.between(ranking("a", "b"), ranking("a", "b"))).isEmpty();
    }

    @Test
    void namesWhatEnteredLeftAndMovedUpOrDownByHowMuch() {
        List<RankingMove> moves = RankingMove.between(ranking("a", "b", "c", "d"), ranking("c", "a", "e", "b"));

        assertThat(moves).containsExactly(
                new RankingMove("c", "Title c", RankingMove.Kind.UP, 3, 1),
                new RankingMove("a", "Title a", RankingMove.Kind.DOWN, 1, 2),
                new RankingMove("e", "Title e", RankingMove.Kind.ENTERED, 0, 3),
                new RankingMove("b", "Title b", RankingMove.Kind.DOWN, 2, 4),
                new RankingMove("d", "Title d", RankingMove.Kind.LEFT, 4, 0));
        assertThat(moves).extracting(RankingMove::badge).containsExactly("up 2", "down 1", "new", "down 2", null);
        assertThat(moves).extracting(RankingMove::describe).containsExactly(
                "Up 2 to rank 1: Title c", "Down 1 to rank 2: Title a", "Entered at rank 3: Title e",
                "Down 2 to rank 4: Title b", "Left the ranking (was rank 4): Title d");
    }
}
