package org.locus.ui.cases;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.locus.cases.LibraryCase;

/** A case as a story: what happened, where the chapter and its sources tell it, and how to teach with it. */
class CaseStory extends Composite<Div> {

    CaseStory(LibraryCase libraryCase) {
        getContent().addClassName("case-story");
        Paragraph summary = new Paragraph(libraryCase.summary());
        summary.addClassName("lead");
        UnorderedList sources = new UnorderedList();
        libraryCase.sources().forEach(s -> sources.add(new ListItem(s)));
        Section story = new Section(summary, new H2("Sources"), sources);
        story.addClassName("case-summary");
        Aside notes = new Aside(new H2("Teaching notes"), new Paragraph(libraryCase.teachingNotes()));
        notes.addClassName("teaching-notes");
        getContent().add(story, notes);
    }
}
