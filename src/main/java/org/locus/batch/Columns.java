package org.locus.batch;

/** Spreadsheet column names: 0 is A, 25 is Z, 26 is AA. */
final class Columns {

    private Columns() {
    }

    static String letter(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
