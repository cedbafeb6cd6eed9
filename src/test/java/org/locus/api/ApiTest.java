package org.locus.api;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one configuration of every test that talks to the API over real HTTP: the whole application on a random port,
 * with the packaged knowledge base. Every such test class uses exactly this, so Spring builds the context (and
 * compiles the rules) once and shares it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ApiClient.class)
@interface ApiTest {
}
