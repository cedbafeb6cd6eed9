package org.locus.ui.results;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.locus.glossary.Glossary;

import java.util.List;

/** The chapter's terms a result uses, each in plain words: a glossary of this page, not of the whole chapter. */
public class WordsUsed extends Composite<Div> {

    public WordsUsed(List<Glossary.Term> terms) {
        getContent().addClassName("words-used");
        if (terms.isEmpty()) {
            getContent().add(new Paragraph("This result uses none of the chapter's special terms."));
            return;
        }
        DescriptionList list = new DescriptionList();
        for (Glossary.Term term : terms) {
            DescriptionList.Term name = new DescriptionList.Term(term.spelledOut());
            name.setId("term-" + term.id());
            list.add(name, new DescriptionList.Description(term.meaning()));
        }
        getContent().add(list);
    }
}
