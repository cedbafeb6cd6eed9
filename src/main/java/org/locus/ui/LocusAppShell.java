package org.locus.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page every view lives in: Lumo, then Locus's own style sheet over it. Both are static style sheets, not a
 * compiled theme, so the build keeps Vaadin's pre-built production bundle and never needs Node. The icon is named in
 * the page, so that browsers do not ask for a /favicon.ico that is not there (a 404 on every page).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/locus.css")
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
public class LocusAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
