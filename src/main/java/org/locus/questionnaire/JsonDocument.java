package org.locus.questionnaire;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.JacksonException;
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
 * like every other problem with the document, in words without Jackson's internals.
 */
public final class JsonDocument {

    private static final ObjectReader READER = new ObjectMapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");
    private static final Pattern SOURCE = Pattern.compile("\\s*(?:at )?\\[Source: [^\\]]*\\]");

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
        return SOURCE.matcher(message).replaceAll("").strip();
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
