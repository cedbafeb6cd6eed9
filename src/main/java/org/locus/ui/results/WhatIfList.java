package org.locus.ui.results;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.locus.analysis.Analysis;
import org.locus.analysis.AnswerChange;
import org.locus.analysis.WhatIf;

import java.util.List;
import java.util.function.Consumer;

/**
 * The answer changes that would change the top three, biggest upsets first, with how much was tried so that "none"
 * can be trusted. The first few show; the rest fold away.
 */
public class WhatIfList extends Composite<Div> {

    static final int SHOWN = 8;

    /** {@code tryIt}: applies a what-if, or null where the page only reads. */
    public WhatIfList(Analysis analysis, Consumer<List<AnswerChange>> tryIt) {
        Div content = getContent();
        content.addClassName("what-ifs");
        List<WhatIf> whatIfs = analysis.whatIf();
        content.add(new Paragraph(extent(analysis, whatIfs.size())));
        if (whatIfs.isEmpty()) {
            return;
        }
        content.add(list(whatIfs.stream().limit(SHOWN).toList(), tryIt));
        if (whatIfs.size() > SHOWN) {
            Details more = new Details((whatIfs.size() - SHOWN) + " more changes",
                    list(whatIfs.subList(SHOWN, whatIfs.size()), tryIt));
            more.addClassName("more-what-ifs");
            content.add(more);
        }
    }

    private static UnorderedList list(List<WhatIf> whatIfs, Consumer<List<AnswerChange>> tryIt) {
        UnorderedList list = new UnorderedList();
        whatIfs.forEach(w -> list.add(new WhatIfItem(w, tryIt)));
        return list;
    }

    private static String extent(Analysis analysis, int found) {
        Analysis.Extent extent = analysis.extent();
        String tried = "Tried every other answer to every question (" + extent.singleChanges() + " single changes)"
                + (extent.pairs() > 0 ? " and " + extent.pairs() + " pairs of changes the rules suggest"
                + (extent.pairsCapped() ? ", up to the budget" : "") : "") + ". ";
        return tried + switch (found) {
            case 0 -> "None of them changes the top three.";
            case 1 -> "One changes the top three:";
            default -> found + " change the top three, the biggest upsets first:";
        };
    }
}
