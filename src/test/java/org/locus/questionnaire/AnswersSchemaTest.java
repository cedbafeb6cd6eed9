package org.locus.questionnaire;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.locus.TestRuleBase;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated schema and {@link AnswersReader} agree: a real JSON Schema validator accepts exactly the documents the
 * reader accepts, question by question, for values of every kind.
 */
class AnswersSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Questionnaire QUESTIONNAIRE = TestRuleBase.get().questionnaire();
    private static final AnswersReader READER = new AnswersReader(QUESTIONNAIRE);
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final JsonNode SCHEMA_DOCUMENT = JSON.valueToTree(AnswersSchema.of(QUESTIONNAIRE));
    private static final Schema SCHEMA = REGISTRY.getSchema(SCHEMA_DOCUMENT.toString());

    /** Values that a question of any type might be sent, right or wrong. */
    private static final List<String> ANY_QUESTION = List.of("true", "false", "\"yes\"", "\"\"", "0", "1", "3", "3.0",
            "5", "6", "2.5", "-1", "1e9", "\"3\"", "\"unknown\"", "\"Unknown\"", "null", "{}", "[]", "[true]");

    @Test
    void isAValidDraft2020Schema() {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(AnswersSchema.DIALECT));

        assertThat(metaSchema.validate(SCHEMA_DOCUMENT)).isEmpty();
        assertThat(SCHEMA_DOCUMENT.path("$schema").asString()).isEqualTo(AnswersSchema.DIALECT);
    }

    @TestFactory
    Stream<DynamicTest> acceptsExactlyWhatTheReaderAcceptsForEachQuestion() {
        return QUESTIONNAIRE.questions().stream().map(question -> DynamicTest.dynamicTest(question.id(), () -> {
            for (String value : samples(question)) {
                String document = "{\"answers\": {\"" + question.id() + "\": " + value + "}}";
                assertThat(schemaAccepts(document)).as("schema on %s", document).isEqualTo(readerAccepts(document));
            }
        }));
    }

    @Test
    void agreesOnTheDocumentAroundTheAnswers() {
        Question first = QUESTIONNAIRE.questions().get(0);
        for (String document : List.of("{}", "[]", "{\"answers\": []}", "{\"answers\": null}", "{\"answers\": {}}",
                "{\"answers\": {\"no-such-question\": true}}", "{\"id\": \"north\", \"answers\": {}}",
                "{\"answers\": {\"" + first.id() + "\": \"unknown\"}, \"title\": \"a case file\"}")) {
            assertThat(schemaAccepts(document)).as("schema on %s", document).isEqualTo(readerAccepts(document));
        }
    }

    @TestFactory
    Stream<DynamicTest> agreesWithTheReaderOnQuestionsThatDoNotApply() {
        return QUESTIONNAIRE.questions().stream().filter(q -> !q.askedWhen().isEmpty()).map(question ->
                DynamicTest.dynamicTest(question.id(), () -> {
                    AskedWhen condition = question.askedWhen().getFirst();
                    Question earlier = QUESTIONNAIRE.require(condition.question());
                    List<String> earlierValues = earlier.type() == AnswerType.YES_NO ? List.of("true", "false")
                            : earlier.options().stream().map(o -> "\"" + o.id() + "\"").toList();
                    for (String earlierValue : earlierValues) {
                        for (String value : samples(question)) {
                            String document = "{\"answers\": {\"" + earlier.id() + "\": " + earlierValue + ", \""
                                    + question.id() + "\": " + value + "}}";
                            if (readerAccepts("{\"answers\": {\"" + earlier.id() + "\": " + earlierValue + "}}")) {
                                assertThat(schemaAccepts(document)).as("schema on %s", document)
                                        .isEqualTo(readerAccepts(document));
                            }
                        }
                    }
                }));
    }

    @Test
    void acceptsEveryCaseOfTheLibrary() throws Exception {
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("cases"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                assertThat(SCHEMA.validate(java.nio.file.Files.readString(file), InputFormat.JSON)).as(file.toString()).isEmpty();
            }
        }
    }

    private static List<String> samples(Question question) {
        List<String> samples = new ArrayList<>(ANY_QUESTION);
        if (question.type() == AnswerType.NUMBER) {
            for (double bound : List.of(question.min(), question.max())) {
                samples.addAll(List.of(number(bound), number(bound - 1), number(bound + 1), number(bound + 0.5)));
            }
        }
        question.options().forEach(o -> samples.add("\"" + o.id() + "\""));
        return samples;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static boolean schemaAccepts(String document) {
        return SCHEMA.validate(document, InputFormat.JSON).isEmpty();
    }

    private static boolean readerAccepts(String document) {
        try {
            READER.read(document);
            return true;
        } catch (InvalidAnswersException e) {
            return false;
        }
    }
}
