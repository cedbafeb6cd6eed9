package org.locus.questionnaire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses a JSON document (a request body, a file given to the command line) into a tree. Strict where a lenient
 * parser would lose an answer without a word: a key given twice and anything after the document are errors, reported
 * like every other problem with the document, in words without Jackson's internals.
 */
public final class JsonDocument {

    private static final ObjectReader READER = new ObjectMapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final Pattern START_MARKER =
            Pattern.compile("start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]");
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
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw problem("not valid JSON" + where + ": " + readable(e.getOriginalMessage()));
        } catch (IOException e) {
            throw problem("the document cannot be read as JSON: " + e.getMessage());
        }
    }

    /**
     * Jackson's message without its references to Jackson: {@code (start marker at [Source: REDACTED (...); line: 1,
     * column: 13])} becomes {@code (opened at line 1, column 13)}, and any other reference to the source goes.
     */
    private static String readable(String message) {
        String firstLine = message.lines().findFirst().orElse("");
        String opened = START_MARKER.matcher(firstLine).replaceAll("opened at line $1, column $2");
        return SOURCE.matcher(opened).replaceAll("").strip();
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
