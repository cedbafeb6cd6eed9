package org.locus.api;

import org.locus.TestRuleBase;
import org.locus.analysis.Analyst;
import org.locus.cases.CaseLibrary;
import org.locus.cases.CaseReader;
import org.locus.diagnosis.Diagnostician;
import org.locus.questionnaire.AnswersReader;
import org.locus.rulebase.Folders;
import org.locus.rulebase.RuleBase;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;

/**
 * The one configuration of the API's slice tests: Spring MVC with the API's controllers and advice, on the project's
 * knowledge base as {@link TestRuleBase} compiled it once for the test run. Every slice test uses exactly this, so
 * the slice context is built once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({ApiSliceTest.Knowledge.class, Diagnoses.class})
@interface ApiSliceTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Knowledge {

        @Bean
        RuleBase ruleBase() {
            return TestRuleBase.get();
        }

        @Bean
        Diagnostician diagnostician(RuleBase ruleBase) {
            return new Diagnostician(ruleBase);
        }

        @Bean
        Analyst analyst(Diagnostician diagnostician) {
            return new Analyst(diagnostician);
        }

        @Bean
        AnswersReader answersReader(RuleBase ruleBase) {
            return new AnswersReader(ruleBase.questionnaire());
        }

        @Bean
        CaseLibrary caseLibrary(RuleBase ruleBase) {
            return CaseLibrary.read(new CaseReader(ruleBase), Folders.fromDirectory(Path.of("cases")));
        }
    }
}
