package org.locus.engine;

import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.locus.knowledge.Condition;
import org.locus.knowledge.KnowledgeBaseException;
import org.locus.knowledge.TextFile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the broken variants of a rule file that a good set of rule tests notices: a condition deleted, a constraint
 * deleted, a numeric threshold moved by one either way, a value dropped from an {@code in (...)} list, a {@code not}
 * removed, an {@code or} branch removed.
 *
 * <p>Every change is located from the rule parser's own descriptors (their character offsets, line and column), and
 * what a comparison compares comes from {@link ConditionReader}, the reader every analysis of the rules uses: nothing
 * here searches the rule text for patterns, it only edits the span a descriptor names. A span that does not hold what
 * its descriptor says (the parser's offsets and the text disagree) gives no mutants and a {@link #problems() problem}
 * instead of a wrong edit.
 */
public final class RuleMutator {

    private static final Pattern FIELD = Pattern.compile("^\\s*(\\w+)");

    private final TextFile file;
    private final String text;
    private final List<Mutant> mutants = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private RuleDescr rule;

    private RuleMutator(TextFile file) {
        this.file = file;
        this.text = file.text();
    }

    /** Every mutant of the file's rules, in source order. */
    public static List<Mutant> mutants(TextFile file) {
        return run(file).mutantList();
    }

    /** The mutator after a run: its mutants and the spans it could not place. */
    public static RuleMutator run(TextFile file) {
        RuleMutator mutator = new RuleMutator(file);
        mutator.mutateFile();
        return mutator;
    }

    public List<Mutant> mutantList() {
        return List.copyOf(mutants);
    }

    /** Spans whose text did not match their descriptor; each is a rule the check could not mutate there. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private void mutateFile() {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, text);
        } catch (DroolsParserException e) {
            throw new KnowledgeBaseException(file.path() + ": " + e.getMessage(), e);
        }
        if (parser.hasErrors() || descr == null) {
            throw new KnowledgeBaseException(file.path() + ": does not parse: " + parser.getErrors());
        }
        for (RuleDescr r : descr.getRules()) {
            rule = r;
            element(r.getLhs(), ConditionReader.read(file.path(), r));
        }
    }

    /** Walks the descriptor tree and the conditions read from it together: they have the same shape. */
    private void element(BaseDescr descr, Condition condition) {
        switch (descr) {
            case AndDescr and -> group(and.getDescrs(), condition, Mutant.Operator.DELETE_CONDITION);
            case OrDescr or -> group(or.getDescrs(), condition, Mutant.Operator.REMOVE_OR_BRANCH);
            case NotDescr not -> {
                if (text.startsWith("not", not.getStartCharacter())) {
                    add(not.getStartCharacter(), Mutant.Operator.REMOVE_NOT, "remove not from " + source(not),
                            cut(not.getStartCharacter(), not.getStartCharacter() + "not".length()));
                } else {
                    problem(not, "a not that does not start with 'not'");
                }
                inner(not.getDescrs(), ((Condition.Not) condition).negated());
            }
            case ExistsDescr exists -> inner(exists.getDescrs(), ((Condition.Exists) condition).part());
            case PatternDescr pattern -> pattern(pattern, (Condition.Test) condition);
            default -> problem(descr, "a " + descr.getClass().getSimpleName() + " the mutator does not know");
        }
    }

    /** The parts of a {@code not} or {@code exists}: an implicit {@code and}, read as one part when there is one. */
    private void inner(List<? extends BaseDescr> parts, Condition condition) {
        if (parts.size() == 1) {
            element(parts.getFirst(), condition);
        } else {
            List<Condition> conditions = ((Condition.All) condition).parts();
            for (int i = 0; i < parts.size(); i++) {
                if (located(parts.get(i))) {
                    add(parts.get(i).getStartCharacter(), Mutant.Operator.DELETE_CONDITION,
                            "delete condition " + source(parts.get(i)), removeFromGroup(parts, i));
                }
                element(parts.get(i), conditions.get(i));
            }
        }
    }

    /**
     * The parts of an {@code and} or an {@code or}: each is deleted in turn, with the connective that joins it to the
     * next (or to the one before, for the last), so that what remains is still a well-formed rule.
     */
    private void group(List<? extends BaseDescr> parts, Condition condition, Mutant.Operator operator) {
        List<Condition> conditions = parts.size() == 1 ? List.of(condition) : switch (condition) {
            case Condition.All all -> all.parts();
            case Condition.Any any -> any.parts();
            default -> throw new IllegalStateException("the rule reader and the parser disagree on " + rule.getName());
        };
        String verb = operator == Mutant.Operator.REMOVE_OR_BRANCH ? "remove or branch " : "delete condition ";
        for (int i = 0; i < parts.size(); i++) {
            BaseDescr part = parts.get(i);
            // an or of one branch has nothing to remove; an and of one part is the rule's only condition
            if (located(part) && (operator != Mutant.Operator.REMOVE_OR_BRANCH || parts.size() > 1)) {
                add(part.getStartCharacter(), operator, verb + source(part), removeFromGroup(parts, i));
            }
            element(part, conditions.get(i));
        }
    }

    private String removeFromGroup(List<? extends BaseDescr> parts, int i) {
        int[] part = extent(parts.get(i));
        if (parts.size() == 1) {
            return cut(part[0], part[1]);
        }
        if (i < parts.size() - 1) {
            return cut(part[0], extent(parts.get(i + 1))[0]);
        }
        return cut(extent(parts.get(i - 1))[1], part[1]);
    }

    /**
     * A part's span with the brackets around it: the parser's span of {@code ( a or b )} leaves them out, and a part
     * deleted without them would leave {@code ( )} behind.
     */
    private int[] extent(BaseDescr descr) {
        int start = descr.getStartCharacter();
        int end = descr.getEndCharacter();
        while (true) {
            int before = start - 1;
            while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            int after = end;
            while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
                after++;
            }
            if (before < 0 || after >= text.length() || text.charAt(before) != '(' || text.charAt(after) != ')') {
                return new int[] {start, end};
            }
            start = before;
            end = after + 1;
        }
    }

    private void pattern(PatternDescr pattern, Condition.Test test) {
        if (!located(pattern) || text.charAt(pattern.getEndCharacter() - 1) != ')') {
            problem(pattern, "a pattern whose span is not " + pattern.getObjectType() + "(...)");
            return;
        }
        List<? extends BaseDescr> constraints = pattern.getDescrs();
        int closing = pattern.getEndCharacter() - 1;
        int comparison = 0;
        for (int k = 0; k < constraints.size(); k++) {
            ExprConstraintDescr constraint = (ExprConstraintDescr) constraints.get(k);
            int start = constraint.getStartCharacter();
            int end = k + 1 < constraints.size() ? constraints.get(k + 1).getStartCharacter() : closing;
            Matcher field = FIELD.matcher(constraint.getExpression());
            if (start < pattern.getStartCharacter() || end > closing || !field.find()
                    || !text.startsWith(field.group(1), start)) {
                problem(constraint, "a constraint whose span does not start with its field");
                return;
            }
            String where = " in " + source(pattern);
            if (field.group(1).equals(test.kind().identifyingField())) {
                dropValues(start, end, test.identifiers(), field.group(1) + " in", where);
                continue;
            }
            Condition.Comparison c = test.comparisons().get(comparison++);
            String shown = c.describe();
            add(start, Mutant.Operator.DELETE_CONSTRAINT, "delete constraint " + shown + where,
                    deleteConstraint(constraints, k, start, end, closing));
            if (c.field().equals("number")) {
                threshold(start, end, c, +1, where);
                threshold(start, end, c, -1, where);
            } else if (c.operator().endsWith("in")) {
                dropValues(start, end, c.operands(), shown, where);
            }
        }
    }

    /** A constraint goes with the comma before it, or, for the first, with the comma after it. */
    private String deleteConstraint(List<? extends BaseDescr> constraints, int k, int start, int end, int closing) {
        if (k + 1 < constraints.size()) {
            return cut(start, end);
        }
        int comma = text.lastIndexOf(',', start);
        return cut(comma, closing);
    }

    private void threshold(int start, int end, Condition.Comparison c, int by, String where) {
        String operand = c.operands().getFirst();
        int at = text.substring(start, end).lastIndexOf(operand);
        if (at < 0) {
            problem(start, "a number comparison whose span does not hold " + operand);
            return;
        }
        String moved = new BigDecimal(operand).add(BigDecimal.valueOf(by)).toPlainString();
        add(start + at, by > 0 ? Mutant.Operator.THRESHOLD_UP : Mutant.Operator.THRESHOLD_DOWN,
                "move threshold " + c.describe() + " to " + c.field() + " " + c.operator() + " " + moved + where,
                text.substring(0, start + at) + moved + text.substring(start + at + operand.length()));
    }

    /** Each value of a list of two or more, dropped with the comma that separates it from its neighbour. */
    private void dropValues(int start, int end, List<String> values, String shown, String where) {
        if (values.size() < 2) {
            return;
        }
        String span = text.substring(start, end);
        for (String value : values) {
            int at = span.indexOf("\"" + value + "\"");
            if (at < 0) {
                problem(start, "a list whose span does not hold \"" + value + "\"");
                continue;
            }
            int from = start + at;
            int to = from + value.length() + 2;
            Matcher after = Pattern.compile("\\G\\s*,\\s*").matcher(text).region(to, end);
            if (after.find()) {
                to = after.end();
            } else {
                from = text.lastIndexOf(',', from);
            }
            add(start + at, Mutant.Operator.DROP_VALUE, "drop \"" + value + "\" from "
                    + (shown.endsWith(" in") ? shown + " (" + String.join(", ", values) + ")" : shown) + where,
                    cut(from, to));
        }
    }

    private boolean located(BaseDescr descr) {
        int start = descr.getStartCharacter();
        int end = descr.getEndCharacter();
        if (start < 0 || end <= start || end > text.length()) {
            problem(descr, "a condition without a source span");
            return false;
        }
        if (descr instanceof PatternDescr pattern && !text.startsWith(pattern.getObjectType(), start)) {
            problem(descr, "a pattern whose span does not start with " + pattern.getObjectType());
            return false;
        }
        return true;
    }

    private String source(BaseDescr descr) {
        return text.substring(descr.getStartCharacter(), descr.getEndCharacter()).replaceAll("\\s+", " ").strip();
    }

    private String cut(int from, int to) {
        return text.substring(0, from) + text.substring(to);
    }

    private void add(int offset, Mutant.Operator operator, String description, String mutated) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // the same change twice in one rule (a pattern written twice) still names two mutants
        String key = rule.getName() + "|" + description;
        int occurrence = seen.merge(key, 1, Integer::sum);
        String named = occurrence == 1 ? description : description + " (occurrence " + occurrence + ")";
        mutants.add(new Mutant(file.path(), rule.getName(), line, offset - lineStart + 1, operator, named, mutated));
    }

    private void problem(BaseDescr descr, String what) {
        problems.add(file.path() + ":" + descr.getLine() + ": rule \"" + rule.getName() + "\": " + what);
    }

    private void problem(int offset, String what) {
        int line = (int) text.substring(0, offset).chars().filter(ch -> ch == '\n').count() + 1;
        problems.add(file.path() + ":" + line + ": rule \"" + rule.getName() + "\": " + what);
    }
}
