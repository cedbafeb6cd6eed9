package org.locus.batch;

import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.Questionnaire;

import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of a sheet, CSV or XLSX alike, as they come: the first row that is neither empty nor a note is the header,
 * each row after it a region.
 */
final class SheetRows {

    private final String source;
    private final Questionnaire questionnaire;
    private final AnswersReader reader;
    private final boolean ignoreUnknown;
    private final Consumer<Region> regions;
    private SheetLayout layout;

    SheetRows(String source, Questionnaire questionnaire, AnswersReader reader, boolean ignoreUnknown,
              Consumer<Region> regions) {
        this.source = source;
        this.questionnaire = questionnaire;
        this.reader = reader;
        this.ignoreUnknown = ignoreUnknown;
        this.regions = regions;
    }

    /** One row, numbered as a spreadsheet numbers it. */
    void row(int number, List<String> cells) {
        if (layout == null) {
            boolean blank = cells.stream().allMatch(c -> c == null || c.isBlank());
            if (!blank && !(cells.get(0) != null && cells.get(0).strip().startsWith(SheetLayout.NOTE))) {
                layout = SheetLayout.of(source, number, cells, questionnaire, reader, ignoreUnknown);
            }
            return;
        }
        Region region = layout.region(number, cells);
        if (region != null) {
            regions.accept(region);
        }
    }

    /** At the end: a sheet without a header has nothing to read, which is a mistake rather than zero regions. */
    void end() {
        if (layout == null) {
            throw new SheetException(source + " is empty: expected a header row (the region id's column, then one "
                    + "column per question id) and a row per region; 'locus template' writes one to fill in");
        }
    }
}
