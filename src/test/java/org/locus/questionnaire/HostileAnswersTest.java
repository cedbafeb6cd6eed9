package org.locus.questionnaire;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locus.TestRuleBase;
import tools.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Answers documents written to break the reader: numbers too large for a double or more precise than one, keys that
 * are empty, and JSON that is broken in every way a parser reports. The reader and the published schema agree on
 * every number, and every message is in words, never a parser's class, feature or setting.
 */
class HostileAnswersTest {

    private static final Questionnaire QUESTIONNAIRE = TestRuleBase.get().questionnaire();
    private static final AnswersReader READER = new AnswersReader(QUESTIONNAIRE);
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(new ObjectMapper().valueToTree(AnswersSchema.of(QUESTIONNAIRE)).toString());
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)jackson|fasterxml|`|feature|StreamRead|Deserializ|JsonNode|\\benable\\b|\\b[a-z]+\\.[a-z]+\\.[A-Za-z]+");

    private static String scale() {
        return first(AnswerType.SCALE).id();
    }

    private static Question first(AnswerType type) {
        return QUESTIONNAIRE.questions().stream().filter(q -> q.type() == type).findFirst().orElseThrow();
    }

    private static String document(String id, String value) {
        return "{\"answers\": {\"" + id + "\": " + value + "}}";
    }

    private static String problem(String document) {
        try {
            READER.read(document);
            return null;
        } catch (InvalidAnswersException e) {
            return e.problems().get(0).message();
        }
    }

    @Test
    void aHugeNumberIsReportedAsItWasWritten() {
        assertThat(problem(document(scale(), "1e400"))).isEqualTo("1E+400 is above the maximum 5");
        assertThat(problem(document(scale(), "-1e400"))).isEqualTo("-1E+400 is below the minimum 1");
        assertThat(problem(document(scale(), "123456789012345678901234567890")))
                .isEqualTo("123456789012345678901234567890 is above the maximum 5");
    }

    @Test
    void aHugeNumberForANumberQuestionIsAboveItsMaximum() {
        Question number = first(AnswerType.NUMBER);
        assertThat(problem(document(number.id(), "1e400"))).startsWith("1E+400 " + number.unit() + " is above the maximum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.999999999999999999999", "1.0000000000000000000001", "3.00000000000000000001"})
    void aScaleRefusesANumberThatIsOnlyNearlyWhole(String value) {
        assertThat(problem(document(scale(), value))).startsWith("expected a whole number from 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "3.0", "3e0", "30e-1", "0.3e1", "3.000000000000000000000"})
    void aScaleTakesAWholeNumberHoweverItIsWritten(String value) {
        assertThat(READER.read(document(scale(), value)).get(scale())).isPresent();
    }

    @Test
    void aNumberJustOutsideTheRangeIsOutsideIt() {
        Question number = first(AnswerType.NUMBER);
        String justAbove = new java.math.BigDecimal(Double.toString(number.max())).add(new java.math.BigDecimal("1e-30"))
                .toPlainString();

        assertThat(problem(document(number.id(), justAbove))).contains("is above the maximum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e400", "4.999999999999999999999", "5.0000000000000000000001", "0.99999999999999999999",
            "3.00000000000000000000", "30e-1", "123456789012345678901234567890", "1e-400", "5e0", "1E1"})
    void theSchemaAndTheReaderAgreeOnEveryNumber(String value) {
        for (Question question : List.of(first(AnswerType.SCALE), first(AnswerType.NUMBER))) {
            String document = document(question.id(), value);
            boolean schemaAccepts = SCHEMA.validate(document, InputFormat.JSON).isEmpty();
            assertThat(problem(document) == null).as("reader on %s, schema accepts: %s", document, schemaAccepts)
                    .isEqualTo(schemaAccepts);
        }
    }

    @Test
    void anEmptyKeyIsNamedAsEmptyWithoutAGuess() {
        assertThat(problem("{\"answers\": {\"\": true}}"))
                .isEqualTo("a question id is empty; each key under 'answers' must be a question id from the questionnaire");
    }

    @Test
    void aShortKeyGetsNoGuessFromASingleLetter() {
        assertThat(problem("{\"answers\": {\"a\": true}}")).isEqualTo("unknown question 'a'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"answers\": {}} {}", "{\"answers\": {}} x", "{\"answers\": {\"a\": NaN}}",
            "{\"answers\": {\"a\": Infinity}}", "{'answers': {}}", "{\"answers\": {}, /* note */ \"x\": 1}",
            "{\"answers\": {\"a\": 01}}", "{\"answers\": {\"a\": +1}}", "{\"answers\": {\"a\": .5}}",
            "{\"answers\": {\"a\": \"\u0001\"}}", "{\"answers\": {a: 1}}", "{\"answers\": [1,]}",
            "{\"answers\": {\"a\": 1,}}", "\u00ef\u00bb\u00bf{\"answers\": {}}x", "{\"answers\": {\"a\": \"\\x\"}}",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["})
    void aParserMessageNamesNoneOfTheParsersInternals(String body) {
        String message = problem(body);

        assertThat(message).isNotNull().startsWith("not valid JSON");
        assertThat(INTERNALS.matcher(message).find()).as(message).isFalse();
    }

    @Test
    void aDocumentNestedTooDeeplyIsRefusedInWords() {
        String deep = "{\"answers\": " + "[".repeat(5000) + "]".repeat(5000) + "}";

        String message = problem(deep);

        assertThat(message).contains("nested too deeply");
        assertThat(INTERNALS.matcher(message).find()).as(message).isFalse();
    }

    @Test
    void aNumberWithTooManyDigitsIsRefusedInWords() {
        String message = problem(document(scale(), "1" + "0".repeat(5000)));

        assertThat(message).contains("digits");
        assertThat(INTERNALS.matcher(message).find()).as(message).isFalse();
    }

    @Test
    void invalidUtf8IsRefusedInWords() {
        byte[] body = "{\"answers\": {\"x\": \"\u00ff\"}}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> READER.read(JsonDocument.parse(body, AnswersReader.SHAPE), ""))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> {
                    String message = e.problems().get(0).message();
                    assertThat(message).contains("UTF-8");
                    assertThat(INTERNALS.matcher(message).find()).as(message).isFalse();
                });
    }
}
