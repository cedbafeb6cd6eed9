package org.locus.diagnosis;

import org.junit.jupiter.api.Test;
import org.locus.knowledge.Answer;
import org.locus.knowledge.Catalogue;
import org.locus.knowledge.Evidence;
import org.locus.knowledge.Finding;
import org.locus.knowledge.Situation;
import org.locus.reasoning.Conclusion;
import org.locus.reasoning.Reasoning;
import org.locus.reasoning.Status;
import org.locus.reasoning.Support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** How evidence is counted and recommendations ordered, on conclusions built by hand so every number is known. */
class RankingTest {

    private static final Catalogue.Claim CLAIM = new Catalogue.Claim("argued", "n");

    private final List<Conclusion> conclusions = new ArrayList<>();

    private static Catalogue catalogue(Catalogue.RecommendationEntry... recommendations) {
        List<Catalogue.FindingEntry> findings = new ArrayList<>();
        for (String f : List.of("a", "b", "c", "veto")) {
            findings.add(new Catalogue.FindingEntry(f, f, "", "x", "s", List.of(), CLAIM));
        }
        return new Catalogue(List.of("s"), List.of(new Catalogue.Actor("local", "Local", "local"),
                new Catalogue.Actor("national", "National", "higher")),
                List.of(new Catalogue.SituationAspect("place", "Place", "s", false,
                        List.of(new Catalogue.SituationValue("here", "Here")))),
                findings, List.of(recommendations));
    }

    private static Catalogue.RecommendationEntry rec(String id, String actor, boolean framing,
                                                     List<Catalogue.Requirement> requires, List<Catalogue.Veto> vetoes) {
        return new Catalogue.RecommendationEntry(id, id, "", "s", List.of(), actor, framing, List.of("w"), List.of(),
                requires, vetoes);
    }

    private static Catalogue.RecommendationEntry rec(String id) {
        return rec(id, "local", false, List.of(), List.of());
    }

    /** A finding resting on the given questions' answers. */
    private void finding(String id, Status status, String... questions) {
        List<Object> answers = new ArrayList<>();
        for (String q : questions) {
            answers.add(Answer.yesNo(q, true));
        }
        conclusions.add(new Conclusion(new Finding(id), status, List.of(new Support("r-" + id, answers, Set.of())),
                status == Status.ESTABLISHED ? Set.of() : Set.of("q")));
    }

    private void evidence(String recommendation, String finding, int weight, Status status) {
        conclusions.add(new Conclusion(new Evidence(recommendation, finding, weight), status,
                List.of(new Support("e", List.of(new Finding(finding)), Set.of())), Set.of()));
    }

    private Ranking rank(Catalogue catalogue) {
        return Ranking.of(new Reasoning(conclusions), catalogue);
    }

    @Test
    void provisionalEvidenceCountsHalfAndARecommendationOnProvisionalSupportOnlyIsProvisional() {
        finding("a", Status.PROVISIONAL, "q1");
        evidence("one", "a", 3, Status.PROVISIONAL);

        Ranking.Scored one = rank(catalogue(rec("one"))).of("one").orElseThrow();
        assertThat(one.score()).isEqualTo(1.5);
        assertThat(one.status()).isEqualTo(Status.PROVISIONAL);
    }

    @Test
    void supportRestingMostlyOnTheSameAnswersAsAStrongerOneCountsOnce() {
        finding("a", Status.ESTABLISHED, "q1", "q2", "q3");
        finding("b", Status.ESTABLISHED, "q1", "q2", "q4");
        finding("c", Status.ESTABLISHED, "q5", "q6");
        evidence("one", "a", 4, Status.ESTABLISHED);
        evidence("one", "b", 3, Status.ESTABLISHED);
        evidence("one", "c", 2, Status.ESTABLISHED);

        Ranking.Scored one = rank(catalogue(rec("one"))).of("one").orElseThrow();
        assertThat(one.score()).isEqualTo(6);
        assertThat(one.counted()).filteredOn(c -> c.evidence().getFinding().equals("b")).singleElement()
                .satisfies(c -> {
                    assertThat(c.counted()).isZero();
                    assertThat(c.sameAnswersAs()).isEqualTo("a");
                });
    }

    @Test
    void halfTheAnswersSharedIsNotTheSameAnswers() {
        finding("a", Status.ESTABLISHED, "q1", "q2");
        finding("b", Status.ESTABLISHED, "q1", "q3");
        evidence("one", "a", 4, Status.ESTABLISHED);
        evidence("one", "b", 2, Status.ESTABLISHED);

        assertThat(rank(catalogue(rec("one"))).scoreOf("one")).isEqualTo(6);
    }

    @Test
    void anEstablishedVetoRulesOutWhateverTheScoreAndAProvisionalOneOnlyDoubts() {
        Catalogue.Veto veto = new Catalogue.Veto("veto", "the chapter rules it out here");
        Catalogue catalogue = catalogue(rec("one", "local", false, List.of(), List.of(veto)));
        finding("a", Status.ESTABLISHED, "q1");
        evidence("one", "a", 4, Status.ESTABLISHED);
        finding("veto", Status.PROVISIONAL, "q9");

        Ranking doubted = rank(catalogue);
        assertThat(doubted.made()).containsExactly("one");
        assertThat(doubted.of("one").orElseThrow().status()).isEqualTo(Status.PROVISIONAL);
        assertThat(doubted.of("one").orElseThrow().doubts()).singleElement().asString().contains("ruled out if");

        conclusions.removeLast();
        finding("veto", Status.ESTABLISHED, "q9");
        Ranking ruledOut = rank(catalogue);
        assertThat(ruledOut.made()).isEmpty();
        assertThat(ruledOut.of("one").orElseThrow().ruledOutBy()).isEqualTo(veto);
    }

    @Test
    void aRecommendationNeedsTheSituationItRequires() {
        Catalogue.Requirement requirement = new Catalogue.Requirement("place", List.of("here"), "a place");
        Catalogue catalogue = catalogue(rec("one", "local", false, List.of(requirement), List.of()));
        finding("a", Status.ESTABLISHED, "q1");
        evidence("one", "a", 4, Status.ESTABLISHED);

        assertThat(rank(catalogue).made()).isEmpty();
        conclusions.add(new Conclusion(new Situation("place", "here"), Status.ESTABLISHED, List.of(), Set.of()));
        assertThat(rank(catalogue).made()).containsExactly("one");
    }

    @Test
    void localActionComesFirstThenHigherLevelsThenTheFramingConclusionWhateverTheScores() {
        Catalogue catalogue = catalogue(rec("framing", "national", true, List.of(), List.of()),
                rec("higher", "national", false, List.of(), List.of()), rec("local"));
        finding("a", Status.ESTABLISHED, "q1");
        evidence("framing", "a", 9, Status.ESTABLISHED);
        evidence("higher", "a", 8, Status.ESTABLISHED);
        evidence("local", "a", 1, Status.ESTABLISHED);

        assertThat(rank(catalogue).made()).containsExactly("local", "higher", "framing");
    }

    @Test
    void aTieGoesToTheStrongerSingleSupportBeforeCatalogueOrder() {
        Catalogue catalogue = catalogue(rec("many"), rec("one"));
        finding("a", Status.ESTABLISHED, "q1");
        finding("b", Status.ESTABLISHED, "q2");
        finding("c", Status.ESTABLISHED, "q3");
        evidence("many", "a", 2, Status.ESTABLISHED);
        evidence("many", "b", 2, Status.ESTABLISHED);
        evidence("one", "c", 4, Status.ESTABLISHED);

        assertThat(rank(catalogue).made()).containsExactly("one", "many");
    }
}
