package org.locus.web;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port with limits small enough to reach in a test: a few costly requests and new
 * sessions a minute, bodies that must arrive within two seconds, sessions that end after three idle seconds. Every
 * test class that reaches limits uses exactly this (one context), each from loopback addresses of its own, so that
 * their allowances do not mix.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "locus.api.body-timeout=2s",
        "locus.api.rate-limits.batches-per-minute=3",
        "locus.api.rate-limits.explained-per-minute=4",
        "locus.api.rate-limits.sessions-per-minute=5",
        "locus.api.max-uis-per-session=2",
        "locus.api.session-timeout=3s",
        "locus.api.max-sessions=60"})
@interface StrictLimits {
}
