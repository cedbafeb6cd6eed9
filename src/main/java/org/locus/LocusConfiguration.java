package org.locus;

import org.locus.analysis.Analyst;
import org.locus.cases.CaseLibrary;
import org.locus.diagnosis.Diagnostician;
import org.locus.questionnaire.AnswersReader;
import org.locus.rulebase.RuleBase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/**
 * Loads the knowledge base once at start-up and shares it. {@code locus.rules-dir} and {@code locus.cases-dir} name
 * folders on disk to use instead of the copies packaged in the jar.
 */
@Configuration(proxyBeanMethods = false)
class LocusConfiguration {

    @Bean
    Locus locus(@Value("${locus.rules-dir:}") String rulesDir, @Value("${locus.cases-dir:}") String casesDir) {
        return Locus.load(rulesDir.isBlank() ? null : Path.of(rulesDir), casesDir.isBlank() ? null : Path.of(casesDir));
    }

    @Bean
    RuleBase ruleBase(Locus locus) {
        return locus.ruleBase();
    }

    @Bean
    Diagnostician diagnostician(Locus locus) {
        return locus.diagnostician();
    }

    @Bean
    Analyst analyst(Diagnostician diagnostician) {
        return new Analyst(diagnostician);
    }

    @Bean
    CaseLibrary caseLibrary(Locus locus) {
        return locus.cases();
    }

    @Bean
    AnswersReader answersReader(RuleBase ruleBase) {
        return new AnswersReader(ruleBase.questionnaire());
    }
}
