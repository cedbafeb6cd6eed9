package org.locus.web;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.session.StandardManager;
import org.apache.catalina.valves.ErrorReportValve;
import org.locus.api.ApiLimits;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the server's defences in front of the UI and the API, in the order a request meets them. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** After Spring's own first filters (character encoding, request context), before anything reads a body. */
    private static final int FIRST = Ordered.HIGHEST_PRECEDENCE + 100;

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        return registration(new SecurityHeaders(), FIRST);
    }

    @Bean
    FilterRegistrationBean<UnreadableRequests> unreadableRequests() {
        return registration(new UnreadableRequests(), FIRST + 5);
    }

    @Bean
    ClientRates clientRates(ApiLimits limits) {
        return new ClientRates(limits.rateLimits());
    }

    @Bean
    FilterRegistrationBean<CostlyRequests> costlyRequests(ClientRates rates, ApiLimits limits) {
        return registration(new CostlyRequests(rates, new BodyReading(limits)), FIRST + 10);
    }

    @Bean
    FilterRegistrationBean<BareErrors> bareErrors() {
        // also when the request goes on after its body was read (an async dispatch), where the error is made
        FilterRegistrationBean<BareErrors> registration = registration(new BareErrors(), FIRST + 15);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    SessionCount sessionCount(ApiLimits limits) {
        return new SessionCount(limits.sessionTimeout());
    }

    @Bean
    ServletListenerRegistrationBean<SessionCount> sessionCountListener(SessionCount sessions) {
        return new ServletListenerRegistrationBean<>(sessions);
    }

    @Bean
    FilterRegistrationBean<UiSessions> uiSessions(ClientRates rates, SessionCount sessions, ApiLimits limits) {
        return registration(new UiSessions(rates, sessions, limits.maxSessions()), FIRST + 20);
    }

    @Bean
    UisPerSession uisPerSession(ApiLimits limits) {
        return new UisPerSession(limits.maxUisPerSession());
    }

    /** Last of ours: what comes after it, Spring MVC and the UI's servlet, reads bodies from memory. */
    @Bean
    FilterRegistrationBean<BodyReading> bodyReading(ApiLimits limits) {
        return registration(new BodyReading(limits), FIRST + 90);
    }

    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> registration(F filter, int order) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** Tomcat's own error pages become problem documents, like every other error. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        // the host makes its error report valve itself when it starts, of the class it is told; Spring Boot's own,
        // added before, would answer first
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        });
    }

    /** Sessions past their timeout end within ten seconds, not Tomcat's default of a minute. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> promptSessionExpiry() {
        return factory -> factory.addContextCustomizers(context -> {
            StandardManager manager = new StandardManager();
            manager.setProcessExpiresFrequency(1);
            context.setManager(manager);
        });
    }
}
