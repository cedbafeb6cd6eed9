package org.locus;

import org.locus.analysis.Analyst;
import org.locus.cases.CaseLibrary;
import org.locus.diagnosis.Diagnostician;
import org.locus.questionnaire.AnswersReader;
import org.locus.reload.FolderWatcher;
import org.locus.reload.LiveKnowledge;
import org.locus.rulebase.RuleBase;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The web app's composition root: loads the knowledge at start-up (everything is built by {@link Locus}), reloads it
 * when a folder named by {@code locus.rules-dir} or {@code locus.cases-dir} changes, and hands it out.
 *
 * <p>Singletons (the API's controllers) ask {@link LiveKnowledge} for the current knowledge on every request. The
 * parts of it are also beans of prototype scope for the UI: a view gets the ones current when it is built and keeps
 * them, so one page never shows two versions of the rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LocusProperties.class)
public class LocusConfiguration {

    @Bean
    LiveKnowledge liveKnowledge(LocusProperties properties) {
        LiveKnowledge knowledge = new LiveKnowledge(
                () -> Locus.load(properties.rulesDirectory(), properties.casesDirectory()), source(properties),
                Clock.systemUTC());
        // loaded while the rest of the application starts; readiness waits for it, and LocusApplication stops the
        // server if it fails
        knowledge.startLoading();
        return knowledge;
    }

    @Bean
    SmartLifecycle knowledgeWatcher(LiveKnowledge knowledge, LocusProperties properties) {
        List<Path> folders = Stream.of(properties.rulesDirectory(), properties.casesDirectory())
                .filter(Objects::nonNull).toList();
        return new SmartLifecycle() {
            private FolderWatcher watcher;

            @Override
            public void start() {
                if (properties.reload().watch() && !folders.isEmpty()) {
                    watcher = FolderWatcher.start(folders, properties.reload().interval(), knowledge::reload);
                }
            }

            @Override
            public void stop() {
                if (watcher != null) {
                    watcher.close();
                    watcher = null;
                }
            }

            @Override
            public boolean isRunning() {
                return watcher != null;
            }
        };
    }

    private static String source(LocusProperties properties) {
        String rules = properties.rulesDirectory() == null ? "the packaged rules" : "rules folder " + properties.rulesDirectory();
        String cases = properties.casesDirectory() == null ? "the packaged cases" : "case folder " + properties.casesDirectory();
        return rules + " and " + cases;
    }

    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    Locus locus(LiveKnowledge knowledge) {
        return knowledge.current();
    }

    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    RuleBase ruleBase(LiveKnowledge knowledge) {
        return knowledge.current().ruleBase();
    }

    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    Diagnostician diagnostician(LiveKnowledge knowledge) {
        return knowledge.current().diagnostician();
    }

    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    Analyst analyst(LiveKnowledge knowledge) {
        return knowledge.current().analyst();
    }

    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    CaseLibrary caseLibrary(LiveKnowledge knowledge) {
        return knowledge.current().cases();
    }

    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    AnswersReader answersReader(LiveKnowledge knowledge) {
        return knowledge.current().answersReader();
    }
}
