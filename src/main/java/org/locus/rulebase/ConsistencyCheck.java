package org.locus.rulebase;

import org.locus.knowledge.Catalogue;
import org.locus.knowledge.Condition;
import org.locus.knowledge.KnowledgeBaseException;
import org.locus.knowledge.RuleShape;
import org.locus.questionnaire.AnswerType;
import org.locus.questionnaire.AskedWhen;
import org.locus.questionnaire.Cutoff;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Questionnaire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that the questionnaire, the catalogue and the rules fit together, and reports every violation at once (one
 * line each, naming the rule or entry), so an author fixes a broken knowledge base in one pass:
 * <ul>
 *   <li>every rule has a description and cites a chapter section by its catalogue name;</li>
 *   <li>every question, option, situation, finding and recommendation id a rule uses exists;</li>
 *   <li>every finding and recommendation is derived by some rule, every situation value can be derived, and every
 *   question is read by some rule;</li>
 *   <li>every piece of evidence rests on a finding its rule actually matches, so no recommendation stands without
 *   a supporting finding;</li>
 *   <li>don't-know is never an answer: only a rule marked {@code @provisional} (one that concludes from missing
 *   information) may test absence with {@code not}, and a rule's {@code @confirmedBy} questions are questions it
 *   tests;</li>
 *   <li>the catalogue's vetoes, requirements and order name findings, situations and recommendations that exist;</li>
 *   <li>every question's {@code askedWhen} names an earlier yes-no or choice question and answers it has;</li>
 *   <li>every number or scale answer is read by the cut-offs its question declares, and every declared cut-off is
 *   read by some rule, so that no two rules cut one answer in different places;</li>
 *   <li>where the catalogue declares a weight policy ({@code weightPolicy: {directWeight: 4}}): every finding has
 *   exactly one direct recommendation, from a rule of that weight whose only condition is the finding, and no other
 *   rule gives a recommendation that much or more on that finding.</li>
 * </ul>
 */
final class ConsistencyCheck {

    private final RuleBase ruleBase;
    private final List<String> violations = new ArrayList<>();

    private ConsistencyCheck(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    static void verify(RuleBase ruleBase) {
        List<String> violations = violations(ruleBase);
        if (!violations.isEmpty()) {
            throw new KnowledgeBaseException(violations);
        }
    }

    static List<String> violations(RuleBase ruleBase) {
        ConsistencyCheck check = new ConsistencyCheck(ruleBase);
        check.checkSections();
        check.checkAskedWhen();
        ruleBase.rules().forEach(check::checkRule);
        ruleBase.rules().forEach(check::checkThreeValued);
        check.checkRecommendationLinks();
        check.checkCoverage();
        check.checkCutoffsRead();
        check.checkWeightPolicy();
        return List.copyOf(check.violations);
    }

    private void checkSections() {
        Catalogue catalogue = ruleBase.catalogue();
        catalogue.situations().forEach(s -> checkSection("situation '" + s.id() + "'", s.section()));
        catalogue.findings().forEach(f -> checkSection("finding '" + f.id() + "'", f.section()));
        catalogue.recommendations().forEach(r -> checkSection("recommendation '" + r.id() + "'", r.section()));
        for (Question question : ruleBase.questionnaire().questions()) {
            String entry = "question '" + question.id() + "'";
            checkSection(entry, question.section());
            question.informs().stream().filter(id -> catalogue.finding(id).isEmpty())
                    .forEach(id -> violations.add(entry + " informs unknown finding '" + id + "'"));
        }
    }

    private void checkAskedWhen() {
        List<Question> questions = ruleBase.questionnaire().questions();
        for (int position = 0; position < questions.size(); position++) {
            Question question = questions.get(position);
            for (AskedWhen condition : question.askedWhen()) {
                String entry = "question '" + question.id() + "' is asked when " + condition.describe() + ", but";
                Question earlier = ruleBase.questionnaire().question(condition.question()).orElse(null);
                if (earlier == null) {
                    violations.add(entry + " there is no question '" + condition.question() + "'");
                } else if (questions.indexOf(earlier) >= position) {
                    violations.add(entry + " '" + earlier.id() + "' does not come before it in the questionnaire");
                } else if (earlier.type() == AnswerType.YES_NO) {
                    condition.values().stream().filter(v -> !v.equals("yes") && !v.equals("no")).forEach(v ->
                            violations.add(entry + " '" + earlier.id() + "' is a yes-no question, so '" + v
                                    + "' is no answer to it (write true or false)"));
                } else if (earlier.type() == AnswerType.CHOICE) {
                    condition.values().stream().filter(v -> earlier.option(v).isEmpty()).forEach(v ->
                            violations.add(entry + " '" + earlier.id() + "' has no option '" + v + "'"));
                } else {
                    violations.add(entry + " '" + earlier.id() + "' is a " + earlier.type().name().toLowerCase()
                            .replace('_', '-') + " question; only yes-no and choice questions can make others apply");
                }
            }
        }
    }

    private void checkSection(String entry, String section) {
        if (section == null || section.isBlank()) {
            violations.add(entry + " cites no chapter section");
            return;
        }
        Arrays.stream(section.split(";")).map(String::strip)
                .filter(name -> !ruleBase.catalogue().sections().contains(name))
                .forEach(name -> violations.add(entry + " cites '" + name
                        + "', which is not a section of the chapter (see 'sections' in catalogue.yaml)"));
    }

    private void checkRule(RuleBase.Rule rule) {
        String entry = "rule '" + rule.name() + "' (" + rule.info().file() + ":" + rule.info().line() + ")";
        if (rule.info().description() == null || rule.info().description().isBlank()) {
            violations.add(entry + " has no @description");
        }
        checkSection(entry, rule.info().section());
        RuleShape shape = rule.shape();
        Questionnaire questionnaire = ruleBase.questionnaire();
        Catalogue catalogue = ruleBase.catalogue();
        for (RuleShape.AnswerTest test : shape.answerTests()) {
            questionnaire.question(test.question()).ifPresentOrElse(question -> {
                        checkAnswerLiterals(entry, question, test.literals());
                        checkCutoffs(entry, question, test.numbers());
                    },
                    () -> violations.add(entry + " reads unknown question '" + test.question() + "'"));
        }
        for (RuleShape.SituationTest test : shape.situationTests()) {
            catalogue.situation(test.aspect()).ifPresentOrElse(aspect -> test.values().stream()
                            .filter(value -> aspect.value(value).isEmpty())
                            .forEach(value -> violations.add(entry + " tests unknown value '" + value + "' of situation '" + test.aspect() + "'")),
                    () -> violations.add(entry + " reads unknown situation '" + test.aspect() + "'"));
        }
        shape.findings().stream().filter(id -> catalogue.finding(id).isEmpty())
                .forEach(id -> violations.add(entry + " reads unknown finding '" + id + "'"));
        if (shape.derives().isEmpty()) {
            violations.add(entry + " derives nothing (insertLogical a Situation, Finding or Evidence)");
        }
        for (RuleShape.Derived derived : shape.derives()) {
            switch (derived.kind()) {
                case "situation" -> catalogue.situation(derived.id()).ifPresentOrElse(aspect -> {
                    if (derived.value() == null || aspect.value(derived.value()).isEmpty()) {
                        violations.add(entry + " derives unknown value '" + derived.value() + "' of situation '" + derived.id() + "'");
                    }
                }, () -> violations.add(entry + " derives unknown situation '" + derived.id() + "'"));
                case "finding" -> {
                    if (derived.id() == null || catalogue.finding(derived.id()).isEmpty()) {
                        violations.add(entry + " derives unknown finding '" + derived.id() + "'");
                    }
                }
                default -> {
                    if (derived.id() == null || catalogue.recommendation(derived.id()).isEmpty()) {
                        violations.add(entry + " gives evidence for unknown recommendation '" + derived.id() + "'");
                    }
                    if (derived.basis() == null || !shape.findings().contains(derived.basis())) {
                        violations.add(entry + " gives evidence resting on '" + derived.basis()
                                + "', a finding its conditions do not match");
                    }
                    if (derived.weight() == 0) {
                        violations.add(entry + " gives evidence without a whole-number weight");
                    }
                }
            }
        }
    }

    /** Answering more must never take an established conclusion away: no absence tests outside rules about missing information. */
    private void checkThreeValued(RuleBase.Rule rule) {
        String entry = "rule '" + rule.name() + "' (" + rule.info().file() + ":" + rule.info().line() + ")";
        if (!rule.info().isProvisional()) {
            rule.info().when().negatedTests().findFirst().ifPresent(test -> violations.add(entry + " tests "
                    + describe(test) + " under 'not', which holds while the answer is unknown: test for an answered "
                    + "negative instead (value == \"no\", number <= 2, value in (...)) and name the question in "
                    + "@confirmedBy, or mark the rule @provisional if it concludes from missing information"));
        }
        java.util.Set<String> tested = new java.util.HashSet<>();
        rule.info().when().tests().filter(t -> t.kind() == Condition.Kind.ANSWER)
                .forEach(t -> tested.addAll(t.identifiers()));
        rule.info().when().negatedTests().forEach(t -> tested.removeAll(t.identifiers()));
        rule.info().confirmedBy().stream().filter(q -> !tested.contains(q)).forEach(q -> violations.add(entry
                + " names '" + q + "' in @confirmedBy, but does not test it (outside 'not')"));
        if (rule.info().isProvisional() && !rule.info().confirmedBy().isEmpty()) {
            violations.add(entry + " is @provisional and has @confirmedBy: a rule about missing information is "
                    + "provisional whatever is answered");
        }
    }

    private static String describe(Condition.Test test) {
        return test.kind().name().charAt(0) + test.kind().name().substring(1).toLowerCase() + "(" + test.kind().identifyingField()
                + " == \"" + test.identifier() + "\"" + test.comparisons().stream().map(c -> ", " + c.describe())
                .collect(java.util.stream.Collectors.joining()) + ")";
    }

    private void checkRecommendationLinks() {
        Catalogue catalogue = ruleBase.catalogue();
        for (Catalogue.RecommendationEntry r : catalogue.recommendations()) {
            String entry = "recommendation '" + r.id() + "'";
            r.ruledOutBy().stream().filter(v -> catalogue.finding(v.finding()).isEmpty()).forEach(v ->
                    violations.add(entry + " is ruled out by unknown finding '" + v.finding() + "'"));
            for (Catalogue.Requirement requirement : r.requires()) {
                catalogue.situation(requirement.situation()).ifPresentOrElse(aspect -> requirement.values().stream()
                                .filter(v -> aspect.value(v).isEmpty()).forEach(v -> violations.add(entry
                                        + " requires unknown value '" + v + "' of situation '" + aspect.id() + "'")),
                        () -> violations.add(entry + " requires unknown situation '" + requirement.situation() + "'"));
            }
            for (String step : r.after()) {
                boolean known = step.startsWith("situation:")
                        ? catalogue.situation(step.substring("situation:".length())).isPresent()
                        : catalogue.recommendation(step).isPresent() && !step.equals(r.id());
                if (!known) {
                    violations.add(entry + " comes after '" + step + "', which is neither another recommendation "
                            + "nor situation:<aspect> of a known situation");
                }
            }
        }
    }

    private void checkAnswerLiterals(String entry, Question question, List<String> literals) {
        for (String literal : literals) {
            boolean known = switch (question.type()) {
                case YES_NO -> literal.equals("yes") || literal.equals("no");
                case CHOICE -> question.option(literal).isPresent();
                case SCALE, NUMBER -> false;
            };
            if (!known) {
                violations.add(entry + " tests question '" + question.id() + "' (" + question.type().id()
                        + ") for '" + literal + "', which is not one of its answers"
                        + (question.type() == AnswerType.SCALE || question.type() == AnswerType.NUMBER ? " (compare 'number' instead)" : ""));
            }
        }
    }

    private void checkCutoffs(String entry, Question question, List<RuleShape.NumberTest> numbers) {
        for (RuleShape.NumberTest number : numbers) {
            if (question.cutoffs().stream().noneMatch(c -> c.isReadBy(number.operator(), number.threshold()))) {
                String declared = question.cutoffs().isEmpty() ? "it declares none"
                        : "it declares " + String.join("; ", question.cutoffs().stream().map(Cutoff::comparisons).toList());
                violations.add(entry + " compares question '" + question.id() + "' with number " + number.operator()
                        + " " + Cutoff.number(number.threshold()) + ", which is none of its cut-offs (" + declared
                        + "); declare the cut-off under 'cutoffs' in questionnaire.yaml, once for all rules");
            }
        }
    }

    private void checkCutoffsRead() {
        for (Question question : ruleBase.questionnaire().questions()) {
            for (Cutoff cutoff : question.cutoffs()) {
                boolean read = ruleBase.rules().stream().flatMap(r -> r.shape().answerTests().stream())
                        .filter(t -> t.question().equals(question.id())).flatMap(t -> t.numbers().stream())
                        .anyMatch(n -> cutoff.isReadBy(n.operator(), n.threshold()));
                if (!read) {
                    violations.add("question '" + question.id() + "' declares the cut-off " + cutoff.comparisons()
                            + " ('" + cutoff.means() + "'), which no rule reads");
                }
            }
        }
    }

    private void checkWeightPolicy() {
        if (ruleBase.catalogue().directWeight().isEmpty()) {
            return;
        }
        int weight = ruleBase.catalogue().directWeight().getAsInt();
        for (Catalogue.FindingEntry finding : ruleBase.catalogue().findings()) {
            List<RuleBase.Rule> strong = ruleBase.rules().stream().filter(rule -> rule.shape().derives().stream()
                    .anyMatch(d -> d.kind().equals("evidence") && finding.id().equals(d.basis()) && d.weight() >= weight))
                    .toList();
            List<RuleBase.Rule> direct = strong.stream().filter(rule -> restsOnlyOn(rule, finding.id())).toList();
            if (direct.isEmpty()) {
                violations.add("finding '" + finding.id() + "' has no direct recommendation: give one recommendation "
                        + "weight " + weight + " from a rule whose only condition is the finding (see docs/knowledge-base.md, "
                        + "'Ranking and weights')");
            }
            if (strong.size() > 1) {
                violations.add("finding '" + finding.id() + "' has " + strong.size() + " rules giving weight " + weight + " or more ("
                        + String.join(", ", strong.stream().map(r -> "'" + r.name() + "'").toList())
                        + "): one direct recommendation per finding, the others less");
            }
        }
    }

    private static boolean restsOnlyOn(RuleBase.Rule rule, String finding) {
        Condition when = rule.info().when();
        while (when instanceof Condition.All all && all.parts().size() == 1) {
            when = all.parts().getFirst();
        }
        return when instanceof Condition.Test test && test.kind() == Condition.Kind.FINDING
                && test.identifiers().equals(List.of(finding)) && test.comparisons().isEmpty();
    }

    private void checkCoverage() {
        Set<String> derivedFindings = new HashSet<>();
        Set<String> derivedSituations = new HashSet<>();
        Set<String> supportedRecommendations = new HashSet<>();
        Set<String> readQuestions = new HashSet<>();
        for (RuleBase.Rule rule : ruleBase.rules()) {
            readQuestions.addAll(rule.shape().questions());
            for (RuleShape.Derived derived : rule.shape().derives()) {
                switch (derived.kind()) {
                    case "finding" -> derivedFindings.add(derived.id());
                    case "situation" -> derivedSituations.add(derived.id() + "=" + derived.value());
                    default -> {
                        if (derived.weight() > 0) {
                            supportedRecommendations.add(derived.id());
                        }
                    }
                }
            }
        }
        Catalogue catalogue = ruleBase.catalogue();
        catalogue.findings().stream().filter(f -> !derivedFindings.contains(f.id()))
                .forEach(f -> violations.add("finding '" + f.id() + "' is derived by no rule"));
        catalogue.recommendations().stream().filter(r -> !supportedRecommendations.contains(r.id()))
                .forEach(r -> violations.add("recommendation '" + r.id() + "' has no rule giving evidence for it"));
        for (Catalogue.SituationAspect aspect : catalogue.situations()) {
            aspect.values().stream().filter(v -> !derivedSituations.contains(aspect.id() + "=" + v.id()))
                    .forEach(v -> violations.add("situation '" + aspect.id() + "' value '" + v.id() + "' is derived by no rule"));
        }
        ruleBase.questionnaire().questions().stream().filter(q -> !readQuestions.contains(q.id()))
                .forEach(q -> violations.add("question '" + q.id() + "' is read by no rule"));
    }
}
