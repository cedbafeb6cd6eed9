package org.locus.monitoring;

import org.locus.reload.KnowledgeStatus;
import org.locus.reload.LiveKnowledge;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code knowledgeBase} in {@code /actuator/info}: the version every result carries, and what it holds. */
@Component
class KnowledgeBaseInfoContributor implements InfoContributor {

    private final LiveKnowledge knowledge;

    KnowledgeBaseInfoContributor(LiveKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void contribute(Info.Builder builder) {
        KnowledgeStatus status = knowledge.status();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", status.version());
        details.put("source", knowledge.source());
        if (status.isLoaded()) {
            details.put("rules", status.locus().ruleBase().rules().size());
            details.put("questions", status.locus().ruleBase().questionnaire().questions().size());
            details.put("cases", status.locus().cases().cases().size());
            details.put("loadedAt", status.loadedAt().toString());
        }
        builder.withDetail("knowledgeBase", details);
    }
}
