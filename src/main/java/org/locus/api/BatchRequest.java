package org.locus.api;

import tools.jackson.databind.JsonNode;
import org.locus.questionnaire.AnswerProblem;
import org.locus.questionnaire.InvalidAnswersException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch, {@code {"items": [{"id": "north", "answers": {...}}, ...]}}, with its shape checked before any item is
 * diagnosed. Only the shape is checked here: each item's answers are checked when it is diagnosed, so one bad region
 * fails alone.
 */
record BatchRequest(List<Item> items) {

    static final String SHAPE = "{\"items\": [{\"id\": \"<your id>\", \"answers\": {...}}, ...]}";

    /** One answers document of the batch, its client-given id and where it stands in the request body. */
    record Item(String id, JsonNode document, String pointer) {
    }

    /**
     * @throws InvalidAnswersException listing every shape problem: no items array, an item that is not an object,
     *                                 an id missing, empty or used twice
     * @throws BatchTooLargeException  when there are more than {@code maxItems} items
     */
    static BatchRequest read(JsonNode root, int maxItems) {
        JsonNode items = root.isObject() ? root.get("items") : null;
        if (items == null || !items.isArray()) {
            throw new InvalidAnswersException(List.of(root.isObject()
                    ? new AnswerProblem("/items", "'items' must be an array of answers documents, each with an id; "
                            + "expected " + SHAPE)
                    : new AnswerProblem("", "expected an object " + SHAPE)));
        }
        if (items.size() > maxItems) {
            throw new BatchTooLargeException(items.size(), maxItems);
        }
        List<Item> read = new ArrayList<>();
        List<AnswerProblem> problems = new ArrayList<>();
        Map<String, Integer> firstUse = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String pointer = "/items/" + i;
            if (!item.isObject()) {
                problems.add(new AnswerProblem(pointer, "expected an object {\"id\": \"<your id>\", \"answers\": {...}}"));
                continue;
            }
            JsonNode id = item.get("id");
            if (id == null || !id.isString() || id.asString().isBlank()) {
                problems.add(new AnswerProblem(pointer + "/id", "each item needs an 'id', a non-empty string of your "
                        + "choice, to tell its result from the others"));
                continue;
            }
            Integer earlier = firstUse.putIfAbsent(id.asString(), i);
            if (earlier != null) {
                problems.add(new AnswerProblem(pointer + "/id",
                        "id '" + id.asString() + "' is already used by item " + earlier));
                continue;
            }
            read.add(new Item(id.asString(), item, pointer));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        return new BatchRequest(List.copyOf(read));
    }
}
