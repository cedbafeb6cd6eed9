package org.locus.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.locus.questionnaire.AnswerProblem;
import org.locus.questionnaire.InvalidAnswersException;

import java.io.IOException;
import java.util.List;

/**
 * Parses a request body into a JSON tree. Strict where a lenient parser would lose an answer without a word: a key
 * given twice and anything after the document are errors, reported like every other problem with the document.
 */
final class JsonBody {

    private static final ObjectReader READER = new ObjectMapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private JsonBody() {
    }

    /**
     * @param expected what the body should look like, for the message when it is empty
     * @throws InvalidAnswersException when the body is empty or not JSON
     */
    static JsonNode parse(byte[] body, String expected) {
        if (isBlank(body)) {
            throw problem("the request body is empty; expected " + expected);
        }
        try {
            return READER.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw problem("not valid JSON" + where + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw problem("the request body cannot be read as JSON: " + e.getMessage());
        }
    }

    static boolean isBlank(byte[] body) {
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
