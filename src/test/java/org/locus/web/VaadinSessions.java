package org.locus.web;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import java.io.IOException;
import java.util.Collections;

/** Looks into the running server's sessions, from a test in the same JVM. */
final class VaadinSessions {

    private VaadinSessions() {
    }

    static int uisIn(WebServerApplicationContext application, String sessionId) throws IOException {
        Session session = context(application).getManager().findSession(sessionId);
        HttpSession http = session.getSession();
        for (String name : Collections.list(http.getAttributeNames())) {
            if (http.getAttribute(name) instanceof VaadinSession vaadin) {
                vaadin.lock();
                try {
                    return vaadin.getUIs().size();
                } finally {
                    vaadin.unlock();
                }
            }
        }
        return 0;
    }

    static int sessions(WebServerApplicationContext application) {
        return context(application).getManager().getActiveSessions();
    }

    private static Context context(WebServerApplicationContext application) {
        TomcatWebServer server = (TomcatWebServer) application.getWebServer();
        return (Context) server.getTomcat().getHost().findChildren()[0];
    }
}
