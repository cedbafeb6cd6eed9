package org.locus.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * A view test without a browser: the application's Spring context (one per test run, shared), Karibu's mock Vaadin
 * around it, and the routes of {@code org.locus.ui}. Each test starts in a fresh UI with nothing saved in its
 * "browser".
 */
@SpringBootTest
public abstract class KaribuTest {

    static {
        // the mock browser never answers a round trip, so the workbench draws its analysis with the ranking at once
        System.setProperty(org.locus.ui.workbench.Workbench.DEFER_ANALYSIS, "false");
    }

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.locus.ui");

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** A bean of the current UI's scope (or a singleton), as the views get it. */
    protected <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    protected static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
