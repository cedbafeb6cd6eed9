package org.locus.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import java.util.Comparator;
import java.util.List;

/**
 * Keeps at most so many UIs (browser tabs, each with its views in the heap) in one session: opening another closes the
 * oldest, which Vaadin removes at the end of the request, and whose tab then offers to reload. A client that reloads a page in a loop, keeping its cookie, otherwise piles
 * up UIs until the session ends.
 */
class UisPerSession implements VaadinServiceInitListener {

    private final int max;

    UisPerSession(int max) {
        this.max = max;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> closeOldest(init.getUI()));
    }

    private void closeOldest(UI opened) {
        VaadinSession session = opened.getSession();
        List<UI> older = session.getUIs().stream().filter(ui -> ui != opened && !ui.isClosing())
                .sorted(Comparator.comparingInt(UI::getUIId)).toList();
        older.subList(0, Math.max(0, older.size() + 1 - max)).forEach(UI::close);
    }
}
