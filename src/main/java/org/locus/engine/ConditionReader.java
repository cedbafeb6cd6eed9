package org.locus.engine;

import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.locus.knowledge.Condition;
import org.locus.knowledge.KnowledgeBaseException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rule parser's tree of a rule's conditions into Locus's {@link Condition}. Locus's rules speak a small
 * language on purpose: patterns on {@code Answer}, {@code Situation} and {@code Finding}, each a list of comparisons of
 * one field with literals, joined by {@code and}, {@code or}, {@code not} and {@code exists}. Anything else is refused
 * here with the rule's file and line, so that every analysis can read every rule exactly.
 */
final class ConditionReader {

    private static final Map<String, Condition.Kind> KINDS = Map.of("Answer", Condition.Kind.ANSWER,
            "Situation", Condition.Kind.SITUATION, "Finding", Condition.Kind.FINDING);
    private static final Map<Condition.Kind, Set<String>> FIELDS = Map.of(
            Condition.Kind.ANSWER, Set.of("question", "value", "number"),
            Condition.Kind.SITUATION, Set.of("aspect", "value"),
            Condition.Kind.FINDING, Set.of("id"));
    private static final Pattern COMPARISON =
            Pattern.compile("^\\s*(\\w+)\\s*(==|!=|>=|<=|>|<|not\\s+in|in)\\s*(.+?)\\s*$", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final String file;
    private final RuleDescr rule;
    /** The line of the pattern being read, so that a complaint points at it rather than at the rule's first line. */
    private int line;

    private ConditionReader(String file, RuleDescr rule) {
        this.file = file;
        this.rule = rule;
        this.line = rule.getLine();
    }

    static Condition read(String file, RuleDescr rule) {
        return new ConditionReader(file, rule).element(rule.getLhs());
    }

    private Condition element(BaseDescr descr) {
        if (descr.getLine() > 0) {
            line = descr.getLine();
        }
        return switch (descr) {
            case AndDescr and -> single(new Condition.All(children(and.getDescrs())));
            case OrDescr or -> new Condition.Any(children(or.getDescrs()));
            case NotDescr not -> new Condition.Not(single(new Condition.All(children(not.getDescrs()))));
            case ExistsDescr exists -> new Condition.Exists(single(new Condition.All(children(exists.getDescrs()))));
            case PatternDescr pattern -> pattern(pattern);
            default -> throw refuse("uses " + descr.getClass().getSimpleName().replace("Descr", "").toLowerCase()
                    + "; Locus rules join Answer, Situation and Finding patterns with and, or, not and exists only");
        };
    }

    private List<Condition> children(List<? extends BaseDescr> descrs) {
        List<Condition> children = new ArrayList<>();
        for (BaseDescr child : descrs) {
            children.add(element(child));
        }
        return children;
    }

    /** An {@code and} of one part is that part. */
    private static Condition single(Condition.All all) {
        return all.parts().size() == 1 ? all.parts().getFirst() : all;
    }

    private Condition pattern(PatternDescr pattern) {
        Condition.Kind kind = KINDS.get(pattern.getObjectType());
        if (kind == null) {
            throw refuse("tests " + pattern.getObjectType() + "; conditions test Answer, Situation or Finding");
        }
        if (pattern.getSource() != null || pattern.getIdentifier() != null) {
            throw refuse("binds or sources " + article(kind) + " pattern; Locus rules compare fields with literals only");
        }
        List<String> identifiers = null;
        List<Condition.Comparison> comparisons = new ArrayList<>();
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint.getLine() > 0) {
                line = constraint.getLine();
            }
            if (!(constraint instanceof ExprConstraintDescr expression)) {
                throw refuse("has a constraint Locus cannot read: " + constraint.getText());
            }
            Condition.Comparison comparison = comparison(kind, expression.getExpression());
            if (comparison.field().equals(kind.identifyingField())) {
                if (identifiers != null || comparison.excludes()) {
                    throw refuse("names the " + kind.identifyingField() + " of a " + pattern.getObjectType()
                            + " more than once or by exclusion; name it once with == or in");
                }
                identifiers = comparison.operands();
            } else {
                comparisons.add(comparison);
            }
        }
        if (identifiers == null) {
            throw refuse("has " + article(kind) + " pattern without " + kind.identifyingField()
                    + " == \"...\"; every pattern names the fact it tests");
        }
        return new Condition.Test(kind, identifiers, comparisons);
    }

    private Condition.Comparison comparison(Condition.Kind kind, String expression) {
        Matcher m = COMPARISON.matcher(expression);
        if (!m.matches() || expression.contains("&&") || expression.contains("||")) {
            throw refuse("has the constraint '" + expression.strip() + "'; write one comparison of a field with "
                    + "literals per constraint, separated by commas");
        }
        String field = m.group(1);
        String operator = m.group(2).replaceAll("\\s+", " ");
        if (!FIELDS.get(kind).contains(field)) {
            throw refuse("compares '" + field + "', which " + article(kind) + " does not have (it has "
                    + String.join(", ", FIELDS.get(kind).stream().sorted().toList()) + ")");
        }
        List<String> operands = new ArrayList<>();
        if (field.equals("number")) {
            if (!NUMBER.matcher(m.group(3)).matches() || operator.contains("in")) {
                throw refuse("compares number with '" + m.group(3) + "'; compare it with one number");
            }
            operands.add(m.group(3));
        } else {
            for (Matcher q = QUOTED.matcher(m.group(3)); q.find(); ) {
                operands.add(q.group(1));
            }
            boolean list = operator.endsWith("in");
            if (operands.isEmpty() || (!list && operands.size() > 1)
                    || List.of("<", "<=", ">", ">=").contains(operator)) {
                throw refuse("has the constraint '" + expression.strip() + "'; compare " + field
                        + " with == or != and one quoted literal, or in / not in and a list of them");
            }
        }
        return new Condition.Comparison(field, operator, operands);
    }

    private static String article(Condition.Kind kind) {
        return switch (kind) {
            case ANSWER -> "an Answer";
            case SITUATION -> "a Situation";
            case FINDING -> "a Finding";
        };
    }

    private KnowledgeBaseException refuse(String problem) {
        return new KnowledgeBaseException(file + ":" + line + ": rule \"" + rule.getName() + "\" " + problem);
    }
}
