package org.locus.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The terms of the glossary, in file order, and where a text uses them. */
public final class Glossary {

    /**
     * One term.
     *
     * @param abbreviation how the term is abbreviated ({@code LED}), or {@code null}
     * @param forms        other ways a text writes it ({@code meso-level}); the term and abbreviation are recognised too
     * @param section      the chapter section it comes from, or {@code null} for a word of Locus's own results
     */
    public record Term(String id, String term, String abbreviation, List<String> forms, String meaning,
                       String section) {

        /** "local economic development (LED)", or the term alone. */
        public String spelledOut() {
            return abbreviation == null ? term : term + " (" + abbreviation + ")";
        }

        /** Whether the chapter uses it, rather than only Locus's results. */
        public boolean fromChapter() {
            return section != null;
        }
    }

    private static final Glossary EMPTY = new Glossary(List.of());

    private final Map<String, Term> terms;
    private final List<Pattern> patterns;

    public Glossary(List<Term> terms) {
        Map<String, Term> byId = new LinkedHashMap<>();
        terms.forEach(t -> byId.put(t.id(), t));
        this.terms = java.util.Collections.unmodifiableMap(byId);
        this.patterns = terms.stream().map(Glossary::pattern).toList();
    }

    public static Glossary empty() {
        return EMPTY;
    }

    public List<Term> terms() {
        return List.copyOf(terms.values());
    }

    public Optional<Term> term(String id) {
        return Optional.ofNullable(terms.get(id));
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /**
     * The terms {@code text} uses, in glossary order. Words are matched whole and regardless of case, abbreviations
     * exactly ("LED", never "led"); the words of Locus's results (robust, provisional...) only when
     * {@code withResultWords}, since a text that prints them as labels explains them itself.
     */
    public List<Term> usedIn(String text, boolean withResultWords) {
        List<Term> used = new ArrayList<>();
        List<Term> all = terms();
        for (int i = 0; i < all.size(); i++) {
            Term term = all.get(i);
            if ((withResultWords || term.fromChapter()) && patterns.get(i).matcher(text).find()) {
                used.add(term);
            }
        }
        return used;
    }

    /** A writer that spells out each abbreviation the first time it meets it. */
    public FirstUse firstUse() {
        return new FirstUse(terms().stream().filter(t -> t.abbreviation() != null).toList());
    }

    private static Pattern pattern(Term term) {
        List<String> words = new ArrayList<>();
        words.add(Pattern.quote(term.term()));
        term.forms().forEach(f -> words.add(Pattern.quote(f)));
        String alternatives = String.join("|", words);
        String regex = "(?iu)(?<![\\p{L}\\d-])(?:" + alternatives + ")(?![\\p{L}\\d])";
        if (term.abbreviation() != null) {
            regex = "(?:" + regex + ")|(?<![\\p{L}\\d])" + Pattern.quote(term.abbreviation()) + "(?![\\p{L}\\d])";
        }
        return Pattern.compile(regex);
    }

    /**
     * Spells out abbreviations where a document first uses them: "Upside of LED" becomes "Upside of local economic
     * development (LED)" the first time, and stays as written after. One per document; not thread-safe.
     */
    public static final class FirstUse {

        private final Map<Term, Pattern> pending = new LinkedHashMap<>();

        private FirstUse(List<Term> abbreviated) {
            abbreviated.forEach(t -> pending.put(t, Pattern.compile("(?<![\\p{L}\\d(])"
                    + Pattern.quote(t.abbreviation()) + "(?![\\p{L}\\d])")));
        }

        public String apply(String text) {
            if (text == null || pending.isEmpty()) {
                return text;
            }
            String result = text;
            var entries = pending.entrySet().iterator();
            while (entries.hasNext()) {
                var entry = entries.next();
                Term term = entry.getKey();
                Matcher m = entry.getValue().matcher(result);
                int spelled = result.toLowerCase(Locale.ROOT).indexOf(term.term().toLowerCase(Locale.ROOT));
                boolean found = m.find();
                if (spelled >= 0 && (!found || spelled < m.start())) {
                    // the text spells the term out before it abbreviates it: that is its first use
                    entries.remove();
                } else if (found) {
                    result = result.substring(0, m.start()) + term.spelledOut() + result.substring(m.end());
                    entries.remove();
                }
            }
            return result;
        }
    }
}
