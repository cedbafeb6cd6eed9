package org.locus.ui.results;

import com.vaadin.flow.component.html.Paragraph;

import java.util.List;

/** Where in the chapter something comes from: "Chapter: The locational policy paradox · Meyer-Stamer 2003". */
public class Citation extends Paragraph {

    public Citation(String section, List<String> cites) {
        super(text(section, cites));
        addClassName("citation");
    }

    public static String text(String section, List<String> cites) {
        return "Chapter: " + section + (cites.isEmpty() ? "" : " · " + String.join("; ", cites));
    }
}
