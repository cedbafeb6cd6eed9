package org.locus.reload;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The watcher reloads once per change that holds still, and not for an editor's swap files. */
class FolderWatcherTest {

    private static final Duration INTERVAL = Duration.ofMillis(50);

    @TempDir
    Path folder;

    private final AtomicInteger reloads = new AtomicInteger();

    @Test
    void aChangedFileIsReloadedOnce() throws Exception {
        Path rule = Files.writeString(folder.resolve("a.drl"), "one");
        try (FolderWatcher ignored = FolderWatcher.start(List.of(folder), INTERVAL, reloads::incrementAndGet)) {
            touch(rule, "two, a little longer");

            awaitReloads(1);
            Thread.sleep(INTERVAL.toMillis() * 6);
            assertThat(reloads).hasValue(1);

            Files.writeString(folder.resolve("b.drl"), "new file");
            awaitReloads(2);
        }
    }

    @Test
    void swapAndBackupFilesAreNoChange() throws Exception {
        Files.writeString(folder.resolve("a.drl"), "one");
        try (FolderWatcher ignored = FolderWatcher.start(List.of(folder), INTERVAL, reloads::incrementAndGet)) {
            Files.writeString(folder.resolve(".a.drl.swp"), "swap");
            Files.writeString(folder.resolve("a.drl~"), "backup");

            Thread.sleep(INTERVAL.toMillis() * 6);
            assertThat(reloads).hasValue(0);
        }
    }

    private static void touch(Path file, String content) throws IOException {
        Files.writeString(file, content);
        // some file systems keep whole seconds: the size changes too, so the change is seen either way
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(2)));
    }

    private void awaitReloads(int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (reloads.get() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        assertThat(reloads).hasValue(count);
    }
}
