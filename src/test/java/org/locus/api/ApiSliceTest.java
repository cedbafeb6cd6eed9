package org.locus.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.locus.LocusConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one configuration of the API's slice tests: Spring MVC with the API's controllers and advice, on the packaged
 * knowledge base put together by the application's own composition root ({@link LocusConfiguration}). Every slice
 * test uses exactly this, so the slice context is built once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// the saved-assessment controllers need the database and accounts, which a slice has not; the anonymous API they
// test needs no security filter (AssessmentApiTest tests the API with its security, on the whole application)
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
        classes = {AssessmentController.class, TokenController.class}))
@AutoConfigureMockMvc(addFilters = false)
@Import({LocusConfiguration.class, ApiSliceTest.Metrics.class, Diagnoses.class})
@interface ApiSliceTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Metrics {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
