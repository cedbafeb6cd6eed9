package org.locus.questionnaire;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a JSON document (a request body, a file given to the command line) into a tree. Strict where a lenient
 * parser would lose an answer without a word: a key given twice and anything after the document are errors, reported
 * like every other problem with the document, in words without Jackson's internals. Numbers are kept exactly as
 * written (as decimals, not doubles), so that {@code 1e400} stays too large and {@code 4.999999999999999999999} is
 * not taken for 5.
 */
public final class JsonDocument {

    private static final ObjectReader READER = new ObjectMapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");
    private static final Pattern SOURCE = Pattern.compile("\\s*(?:at )?\\[Source: [^\\]]*\\]");
    /** Jackson's advice to its own users: which parser feature to enable, which type a value was bound to. */
    private static final Pattern ADVICE = Pattern.compile(
            ":?\\s*enable `[^`]*` to allow|\\s*\\(bound as `[^`]*`\\)|\\s*\\([^()]*Feature[^()]*\\)|\\s*\\(`[^`]*`\\)");
    /** What must never reach a reader of the message, whatever Jackson's wording becomes. */
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)`|jackson|feature|\\b[a-z]+\\.[a-z]+\\.[A-Za-z]|StreamRead|JsonToken|JsonNode|\\benable\\b");

    private JsonDocument() {
    }

    /**
     * @param expected what the body should look like, for the message when it is empty
     * @throws InvalidAnswersException when the body is empty or not JSON
     */
    public static JsonNode parse(byte[] body, String expected) {
        if (isBlank(body)) {
            throw problem("the document is empty; expected " + expected);
        }
        try {
            return READER.readTree(body);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? ""
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw problem("not valid JSON" + where + ": " + readable(e, body));
        }
    }

    /**
     * Jackson's message in words without Jackson's internals (no source descriptions, no feature names). An object or
     * array left open says where it was opened, which Jackson no longer reports.
     */
    private static String readable(JacksonException e, byte[] body) {
        if (e instanceof StreamConstraintsException) {
            return limitExceeded(e.getOriginalMessage());
        }
        String message = e.getOriginalMessage().lines().findFirst().orElse("");
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.lookingAt()) {
            return "Duplicate field '" + duplicate.group(1) + "'";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            String opened = UnclosedBracket.in(new String(body, StandardCharsets.UTF_8))
                    .map(b -> " (opened at line " + b.line() + ", column " + b.column() + ")")
                    .orElse("");
            return message.replaceFirst("\\s*\\(start marker.*$", "") + opened;
        }
        if (message.startsWith("Trailing token")) {
            return "there is more after the end of the document; send one JSON document";
        }
        String words = ADVICE.matcher(SOURCE.matcher(message).replaceAll("")).replaceAll("").strip();
        return INTERNALS.matcher(words).find() ? "this is not where JSON allows it" : words;
    }

    /** One of the parser's limits, which keep a hostile document from taking the server's memory or stack. */
    private static String limitExceeded(String message) {
        Matcher limit = Pattern.compile("maximum (?:allowed )?\\(?(\\d+)").matcher(message);
        String most = limit.find() ? " (at most " + limit.group(1) + ")" : "";
        if (message.contains("nesting depth")) {
            return "the document is nested too deeply" + most.replace(")", " levels of objects and arrays)");
        }
        if (message.startsWith("Number value length")) {
            return "a number has too many digits" + most;
        }
        if (message.startsWith("String value length")) {
            return "a string is too long" + most.replace(")", " characters)");
        }
        if (message.startsWith("Name length")) {
            return "a key is too long" + most.replace(")", " characters)");
        }
        return "the document is larger than the parser takes";
    }

    public static boolean isBlank(byte[] body) {
        if (body == null) {
            return true;
        }
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private static InvalidAnswersException problem(String message) {
        return new InvalidAnswersException(List.of(new AnswerProblem("", message)));
    }
}
