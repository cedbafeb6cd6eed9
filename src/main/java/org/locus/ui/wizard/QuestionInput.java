package org.locus.ui.wizard;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.function.SerializableFunction;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.Question;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The input for one question, fitted to its type: yes / no / don't know and the 1–5 scale as radio buttons, a choice
 * as a select, a number as a number field with its unit and range. Each input starts at don't-know, and writes its
 * value as the answers document does, so that {@link AnswersReader} checks it exactly as it checks a file.
 *
 * @param <V> the value the input holds
 */
abstract sealed class QuestionInput<V> implements Serializable {

    static final String DONT_KNOW = AnswersReader.UNKNOWN;
    static final String DONT_KNOW_LABEL = "Don't know";

    final Question question;

    QuestionInput(Question question) {
        this.question = question;
    }

    static QuestionInput<?> of(Question question) {
        return switch (question.type()) {
            case YES_NO -> Options.yesNo(question);
            case SCALE -> Options.scale(question);
            case CHOICE -> Options.choice(question);
            case NUMBER -> new Number(question);
        };
    }

    abstract HasValue<?, V> field();

    /** What the input shows for an answer; {@code null} is don't-know. */
    abstract V valueOf(Answer answer);

    /** The input's value as the answers document writes it; a JSON null is don't-know. */
    abstract JsonNode documentValue(V value);

    Component component() {
        return (Component) field();
    }

    /** A fixed set of values: yes-no, a scale, or a choice, always with don't-know as the last and the default. */
    static final class Options extends QuestionInput<String> {

        private final AbstractField<?, String> field;
        private final SerializableFunction<String, JsonNode> toDocument;

        private Options(Question question, AbstractField<?, String> field, SerializableFunction<String, JsonNode> toDocument) {
            super(question);
            this.field = field;
            this.toDocument = toDocument;
            field.setValue(DONT_KNOW);
        }

        static Options yesNo(Question question) {
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("yes", "Yes");
            labels.put("no", "No");
            return new Options(question, radios(question, labels), value -> BooleanNode.valueOf(value.equals("yes")));
        }

        static Options scale(Question question) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (int point = Question.SCALE_MIN; point <= Question.SCALE_MAX; point++) {
                String label = point == Question.SCALE_MIN ? point + " – " + question.scaleLow()
                        : point == Question.SCALE_MAX ? point + " – " + question.scaleHigh() : Integer.toString(point);
                labels.put(Integer.toString(point), label);
            }
            RadioButtonGroup<String> radios = radios(question, labels);
            radios.setHelperText("1 means " + question.scaleLow() + ", 5 means " + question.scaleHigh() + ".");
            radios.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
            radios.addClassName("scale");
            return new Options(question, radios, value -> IntNode.valueOf(Integer.parseInt(value)));
        }

        static Options choice(Question question) {
            Map<String, String> labels = new LinkedHashMap<>();
            question.options().forEach(o -> labels.put(o.id(), o.label()));
            labels.put(DONT_KNOW, DONT_KNOW_LABEL);
            Select<String> select = new Select<>();
            select.setLabel(question.text());
            select.setItems(new ArrayList<>(labels.keySet()));
            select.setItemLabelGenerator(labels::get);
            select.addClassName("choice");
            return new Options(question, select, StringNode::valueOf);
        }

        private static RadioButtonGroup<String> radios(Question question, Map<String, String> labels) {
            Map<String, String> all = new LinkedHashMap<>(labels);
            all.put(DONT_KNOW, DONT_KNOW_LABEL);
            RadioButtonGroup<String> radios = new RadioButtonGroup<>(question.text());
            radios.setItems(new ArrayList<>(all.keySet()));
            radios.setItemLabelGenerator(all::get);
            return radios;
        }

        @Override
        HasValue<?, String> field() {
            return field;
        }

        @Override
        String valueOf(Answer answer) {
            return answer == null ? DONT_KNOW : answer.getValue();
        }

        @Override
        JsonNode documentValue(String value) {
            return value == null || value.equals(DONT_KNOW) ? NullNode.getInstance() : toDocument.apply(value);
        }
    }

    /** A number with its unit and range; an empty field is don't-know. */
    static final class Number extends QuestionInput<Double> {

        private final NumberField field;

        Number(Question question) {
            super(question);
            field = new NumberField(question.text());
            field.setMin(question.lowest());
            field.setMax(question.highest());
            field.setSuffixComponent(new Span(question.unit()));
            field.setClearButtonVisible(true);
            String range = "from " + format(question.lowest()) + " to " + format(question.highest()) + " " + question.unit();
            field.setHelperText("A number " + range + ". Leave it empty if you don't know.");
            field.setI18n(new NumberField.NumberFieldI18n()
                    .setBadInputErrorMessage("Enter a number " + range + ", or leave it empty if you don't know.")
                    .setMinErrorMessage("Enter a number " + range + ".")
                    .setMaxErrorMessage("Enter a number " + range + "."));
            field.addClassName("number");
        }

        private static String format(double number) {
            return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
        }

        @Override
        HasValue<?, Double> field() {
            return field;
        }

        @Override
        Double valueOf(Answer answer) {
            return answer == null ? null : answer.getNumber();
        }

        @Override
        JsonNode documentValue(Double value) {
            return value == null ? NullNode.getInstance() : DoubleNode.valueOf(value);
        }
    }
}
