package org.locus.ui.results;

import com.vaadin.flow.component.ComponentEvent;
import org.locus.analysis.AnswerChange;

import java.util.List;

/** The reader chose to try a what-if: these answers should change as it says. */
public class WhatIfChosenEvent extends ComponentEvent<DiagnosisPanel> {

    private final List<AnswerChange> changes;

    public WhatIfChosenEvent(DiagnosisPanel source, List<AnswerChange> changes) {
        super(source, false);
        this.changes = List.copyOf(changes);
    }

    public List<AnswerChange> changes() {
        return changes;
    }
}
