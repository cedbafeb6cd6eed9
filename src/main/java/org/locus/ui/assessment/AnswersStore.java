package org.locus.ui.assessment;

import com.vaadin.flow.function.SerializableConsumer;

import java.io.Serializable;

/** Where a browser keeps its answers document between visits. */
public interface AnswersStore extends Serializable {

    /** Reads the saved document; {@code whenRead} gets it later (the browser answers asynchronously), or null. */
    void read(SerializableConsumer<String> whenRead);

    void write(String document);
}
