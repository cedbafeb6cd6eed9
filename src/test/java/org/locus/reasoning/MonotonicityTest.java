package org.locus.reasoning;

import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.cases.CaseLibraryTest;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.Diagnostician;
import org.locus.knowledge.Answer;
import org.locus.knowledge.Finding;
import org.locus.knowledge.Situation;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.fail;

/**
 * Don't-know is never an answer, for every rule present and future: answering one more question, changing none,
 * never takes an established situation or finding away. Checked on every case, on thousands of random subsets of the
 * cases' answers, and on thousands of random answer sets, each grown one answer at a time. A failure names the
 * answers, the question answered and the rule behind the conclusion that went away.
 */
class MonotonicityTest {

    private static final long SEED = 20261201L;
    private static final int RANDOM_REGIONS = 600;
    private static final int SUBSETS_PER_CASE = 40;

    private final RuleBase ruleBase = TestRuleBase.get();
    private final Diagnostician diagnostician = TestRuleBase.diagnostician();
    private final Random random = new Random(SEED);
    private int checked;

    @Test
    void answeringMoreNeverTakesAnEstablishedConclusionAway() {
        for (LibraryCase c : CaseLibraryTest.library().cases()) {
            List<Answer> all = new ArrayList<>(c.answers().facts());
            growChecking(c.id(), all);
            for (int i = 0; i < SUBSETS_PER_CASE; i++) {
                java.util.Collections.shuffle(all, random);
                growChecking(c.id() + " (subset " + i + ")", all);
            }
        }
        for (int i = 0; i < RANDOM_REGIONS; i++) {
            growChecking("random region " + i, randomAnswers());
        }
        org.assertj.core.api.Assertions.assertThat(checked).as("steps checked").isGreaterThan(20_000);
    }

    /** Answers the questions one at a time in the given order, checking each step against the one before. */
    private void growChecking(String region, List<Answer> order) {
        Answers answers = Answers.none();
        Reasoning before = diagnostician.reason(answers);
        for (Answer next : order) {
            Answers more = answers.with(next.getQuestion(), next);
            Reasoning after = diagnostician.reason(more);
            for (Conclusion c : before.conclusions()) {
                boolean kept = (c.fact() instanceof Situation || c.fact() instanceof Finding) && c.established()
                        && !after.of(c.fact()).map(Conclusion::established).orElse(false);
                if (kept) {
                    fail("seed " + SEED + ", " + region + ": answering " + next + " after " + answers.facts()
                            + " takes away the established " + c.fact() + " (rules: "
                            + c.supports().stream().map(Support::rule).toList() + "); now "
                            + after.of(c.fact()).map(a -> a.status().id()).orElse("absent"));
                }
            }
            checked++;
            answers = more;
            before = after;
        }
    }

    private List<Answer> randomAnswers() {
        List<Answer> answers = new ArrayList<>();
        for (Question q : ruleBase.questionnaire().questions()) {
            if (random.nextInt(3) == 0) {
                continue; // don't know
            }
            randomAnswer(q).ifPresent(answers::add);
        }
        java.util.Collections.shuffle(answers, random);
        return answers;
    }

    /** A random answer, drawn so that numbers fall on both sides of the thresholds rules use. */
    private Optional<Answer> randomAnswer(Question q) {
        return switch (q.type()) {
            case YES_NO -> Optional.of(Answer.yesNo(q.id(), random.nextBoolean()));
            case CHOICE -> Optional.of(Answer.choice(q.id(), q.options().get(random.nextInt(q.options().size())).id()));
            case SCALE -> Optional.of(Answer.number(q.id(), Question.SCALE_MIN
                    + random.nextInt(Question.SCALE_MAX - Question.SCALE_MIN + 1)));
            case NUMBER -> Optional.of(Answer.number(q.id(), thresholdsOf(q).isEmpty()
                    ? q.lowest() + random.nextInt((int) (q.highest() - q.lowest()) + 1)
                    : nearThreshold(q)));
        };
    }

    private double nearThreshold(Question q) {
        List<Double> thresholds = new ArrayList<>(thresholdsOf(q));
        double t = thresholds.get(random.nextInt(thresholds.size())) + random.nextInt(3) - 1;
        return Math.max(q.lowest(), Math.min(q.highest(), t));
    }

    private Set<Double> thresholdsOf(Question q) {
        Set<Double> thresholds = new LinkedHashSet<>();
        ruleBase.rules().forEach(rule -> rule.shape().answerTests().stream().filter(t -> t.question().equals(q.id()))
                .forEach(t -> t.numbers().forEach(n -> thresholds.add(n.threshold()))));
        return thresholds;
    }
}
