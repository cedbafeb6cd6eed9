package org.locus.batch;

import org.locus.diagnosis.DiagnosisResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of the results table, the same in CSV and in the workbook's results sheet: the region, where it came
 * from, whether it was diagnosed, its top recommendations with score and status, its findings established and
 * provisional, how many questions it left unanswered, and for a region that could not be diagnosed, why.
 */
final class ResultColumns {

    static final String DIAGNOSED = "diagnosed";
    static final String FAILED = "failed";
    /** Ids in one cell: findings, recommendations. */
    static final String SEPARATOR = "; ";

    private final int top;

    ResultColumns(int top) {
        this.top = top;
    }

    int top() {
        return top;
    }

    List<String> header() {
        List<String> header = new ArrayList<>(List.of("region", "source", "outcome"));
        for (int i = 1; i <= top; i++) {
            header.addAll(List.of("recommendation_" + i, "score_" + i, "status_" + i));
        }
        header.addAll(List.of("established_findings", "provisional_findings", "unanswered", "problems"));
        return header;
    }

    /** The row of a diagnosed region; a score is a number, everything else text. */
    List<Object> row(Region.Answered region, DiagnosisResult result) {
        List<Object> row = new ArrayList<>(List.of(region.id(), region.where(), DIAGNOSED));
        for (int i = 0; i < top; i++) {
            if (i < result.recommendations().size()) {
                DiagnosisResult.RecommendationResult r = result.recommendations().get(i);
                row.add(r.id());
                row.add(r.score());
                row.add(r.status());
            } else {
                row.add("");
                row.add("");
                row.add("");
            }
        }
        row.add(String.join(SEPARATOR, result.findings().stream().filter(DiagnosisResult.FindingResult::established)
                .map(DiagnosisResult.FindingResult::id).toList()));
        row.add(String.join(SEPARATOR, result.findings().stream().filter(f -> !f.established())
                .map(DiagnosisResult.FindingResult::id).toList()));
        row.add(result.unanswered().size());
        row.add("");
        return row;
    }

    List<Object> row(Region.Unreadable region) {
        List<Object> row = new ArrayList<>(List.of(region.id(), region.where(), FAILED));
        for (int i = 0; i < 3 * top + 3; i++) {
            row.add("");
        }
        row.add(String.join(SEPARATOR, region.problems()));
        return row;
    }

    /** A score as people write it: 3, 2.5. */
    static String number(double value) {
        return CellValues.plain(value);
    }
}
