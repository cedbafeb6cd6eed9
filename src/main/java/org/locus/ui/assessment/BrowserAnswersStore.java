package org.locus.ui.assessment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.WebStorage;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

/**
 * Keeps the answers document in the browser's local storage: it outlives a reload and a closed tab, stays on the
 * adviser's machine, and never reaches the server's disk.
 */
@SpringComponent
@UIScope
class BrowserAnswersStore implements AnswersStore {

    static final String KEY = "locus.answers";

    @Override
    public void read(SerializableConsumer<String> whenRead) {
        WebStorage.getItem(UI.getCurrent(), WebStorage.Storage.LOCAL_STORAGE, KEY, whenRead::accept);
    }

    @Override
    public void write(String document) {
        WebStorage.setItem(UI.getCurrent(), WebStorage.Storage.LOCAL_STORAGE, KEY, document);
    }
}
