package org.locus.web;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the sessions alive, for the cap on them, and gives each its timeout in seconds (Spring Boot's own setting
 * takes whole minutes).
 */
class SessionCount implements HttpSessionListener {

    private final AtomicInteger alive = new AtomicInteger();
    private final int timeoutSeconds;

    SessionCount(Duration timeout) {
        this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        alive.incrementAndGet();
        event.getSession().setMaxInactiveInterval(timeoutSeconds);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        alive.decrementAndGet();
    }

    int alive() {
        return alive.get();
    }
}
