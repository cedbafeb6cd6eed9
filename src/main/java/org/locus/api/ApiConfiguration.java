package org.locus.api;

import org.locus.report.MarkdownReport;
import org.locus.report.PdfBrief;
import org.locus.reload.LiveKnowledge;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;


/** Wires the API into Spring MVC beside the UI. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiLimits.class)
class ApiConfiguration implements WebMvcConfigurer {

    private final LiveKnowledge knowledge;

    ApiConfiguration(LiveKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** Markdown and the PDF brief go last, so a client that names no format gets JSON. */
    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.configureMessageConvertersList(list -> {
            list.add(new DiagnosisMarkdownConverter(() -> new MarkdownReport(knowledge.current().ruleBase())));
            list.add(new DiagnosisPdfConverter(() -> new PdfBrief(knowledge.current().ruleBase()), java.time.Clock.systemUTC()));
        });
    }

    @Bean
    ApiRouteNotFound apiRouteNotFound() {
        return new ApiRouteNotFound();
    }
}
