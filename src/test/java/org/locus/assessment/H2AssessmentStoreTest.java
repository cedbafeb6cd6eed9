package org.locus.assessment;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The store's contract on the embedded database, in file mode as the application runs it. */
class H2AssessmentStoreTest extends AssessmentStoreContract {

    @TempDir
    Path folder;

    private int databases;

    @Override
    String emptyDatabase() {
        return "jdbc:h2:file:" + folder.resolve("locus-" + ++databases).toAbsolutePath() + ";WRITE_DELAY=0";
    }
}
