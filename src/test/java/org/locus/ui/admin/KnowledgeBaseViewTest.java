package org.locus.ui.admin;

import org.junit.jupiter.api.Test;
import org.locus.Locus;
import org.locus.MiniRuleBase;
import org.locus.knowledge.KnowledgeBaseException;
import org.locus.reload.LiveKnowledge;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin page says which knowledge answers, and lists every problem of a change that did not load. */
class KnowledgeBaseViewTest {

    private final Locus loaded = Locus.of(MiniRuleBase.get(), List.of());
    private final AtomicBoolean broken = new AtomicBoolean();
    private final LiveKnowledge knowledge = new LiveKnowledge(() -> {
        if (broken.get()) {
            throw new KnowledgeBaseException(List.of("mini.drl:43: '(' is never closed", "catalogue.yaml: finding 'x': 'title' is missing"));
        }
        return loaded;
    }, "rules folder /srv/rules", Clock.systemUTC());

    @Test
    void showsTheVersionThatAnswersAndWhereItComesFrom() {
        knowledge.reload();

        String page = new KnowledgeBaseView(knowledge).getElement().getTextRecursively();

        assertThat(page).contains("rules folder /srv/rules", loaded.ruleBase().version(), "Rules10")
                .doesNotContain("did not load");
    }

    @Test
    void listsEveryProblemOfAFailedReloadWhileTheOldVersionAnswers() {
        knowledge.reload();
        KnowledgeBaseView view = new KnowledgeBaseView(knowledge);
        broken.set(true);
        knowledge.reload();

        view.refresh();

        assertThat(view.getElement().getTextRecursively()).contains("The last change did not load: 2 problems",
                "Version " + loaded.ruleBase().version() + " is still answering", "mini.drl:43: '(' is never closed",
                "catalogue.yaml: finding 'x': 'title' is missing");
    }

    @Test
    void aKnowledgeBaseThatNeverLoadedSaysNothingCanBeDiagnosed() {
        broken.set(true);
        knowledge.reload();

        assertThat(new KnowledgeBaseView(knowledge).getElement().getTextRecursively())
                .contains("The knowledge base does not load: 2 problems", "Nothing can be diagnosed until it loads");
    }
}
