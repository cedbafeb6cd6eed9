package org.locus.account;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class H2AccountStoreTest extends AccountStoreContract {

    @TempDir
    Path folder;

    @Override
    String emptyDatabase() {
        return "jdbc:h2:file:" + folder.resolve("locus").toAbsolutePath();
    }
}
