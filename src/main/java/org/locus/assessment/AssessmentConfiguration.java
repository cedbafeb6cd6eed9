package org.locus.assessment;

import org.locus.reload.LiveKnowledge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Saved assessments in the web app: the store on the application's data source (Boot's, from the
 * {@code spring.datasource.*} properties: H2 in {@code locus.data-dir} unless an operator names another database),
 * answers checked against the knowledge that answers at the moment they are given.
 */
@Configuration(proxyBeanMethods = false)
public class AssessmentConfiguration {

    @Bean
    AssessmentStore assessmentStore(JdbcClient jdbc, TransactionTemplate transactions) {
        return new JdbcAssessmentStore(jdbc, transactions);
    }

    @Bean
    Assessments assessments(AssessmentStore store, LiveKnowledge knowledge) {
        return new Assessments(store, () -> knowledge.current().answersReader(), Clock.systemUTC());
    }
}
