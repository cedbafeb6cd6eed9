package org.locus.ui.cases;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import org.locus.analysis.AnalysedDiagnosis;
import org.locus.analysis.Analyst;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.Diagnostician;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.rulebase.RuleBase;
import org.locus.ui.Notifications;
import org.locus.ui.workbench.WhatIfAddress;
import org.locus.ui.workbench.Workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The workbench on a case, for the case page and the presenter: the case as written is the reference. */
final class CaseWorkbench {

    private CaseWorkbench() {
    }

    static Workbench of(RuleBase ruleBase, Diagnostician diagnostician, Analyst analyst, AnswersReader reader,
                        LibraryCase libraryCase, AnalysedDiagnosis asWritten) {
        return new Workbench(ruleBase, diagnostician, analyst, reader, new Workbench.Reference(libraryCase.answers(), asWritten,
                Set.copyOf(libraryCase.assumed()), "the case as written", "the case says", "Back to the case as written"));
    }

    /**
     * Shows the what-if the address names (or the case as written), and from then on keeps the address in step with
     * the answers on the workbench, without a new history entry for each click.
     */
    static void follow(Workbench workbench, RuleBase ruleBase, AnswersReader reader, LibraryCase libraryCase,
                       QueryParameters query) {
        List<String> problems = new ArrayList<>();
        Answers answers = WhatIfAddress.apply(query.getParameters().getOrDefault(WhatIfAddress.PARAMETER, List.of()),
                libraryCase.answers(), reader, problems);
        if (!problems.isEmpty()) {
            Notifications.warning("Part of the what-if in the address was left out: " + String.join("; ", problems) + ".");
        }
        workbench.show(answers);
        workbench.addAnswersChangedListener(e -> workbench.getUI().ifPresent(ui -> {
            String path = ui.getInternals().getActiveViewLocation().getPath();
            List<String> set = WhatIfAddress.of(ruleBase.questionnaire(), libraryCase.answers(), e.answers());
            QueryParameters parameters = set.isEmpty() ? QueryParameters.empty()
                    : new QueryParameters(Map.of(WhatIfAddress.PARAMETER, set));
            ui.getPage().getHistory().replaceState(null, new Location(path, parameters));
        }));
    }
}
