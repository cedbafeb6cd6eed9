package org.locus.reload;

import org.locus.rulebase.Folders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reloads the knowledge when a folder it comes from changes. It looks every {@code interval} at the folders' files
 * (names, sizes, modification times: cheap, and it works on every file system, mounted volumes included; an editor's
 * swap and backup files left out) and reloads,
 * on its own thread, once a change has held still for one interval, so that an editor saving in several steps or a
 * copy of many files costs one reload.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);

    private final List<Path> folders;
    private final Runnable reload;
    private final ScheduledExecutorService thread;
    private String loaded;
    private String seen;

    private FolderWatcher(List<Path> folders, Runnable reload) {
        this.folders = List.copyOf(folders);
        this.reload = reload;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "locus-reload");
            t.setDaemon(true);
            return t;
        });
        this.loaded = fingerprint();
        this.seen = loaded;
    }

    /** Starts watching; the knowledge is taken to be loaded from the folders as they are now. */
    public static FolderWatcher start(List<Path> folders, Duration interval, Runnable reload) {
        FolderWatcher watcher = new FolderWatcher(folders, reload);
        watcher.thread.scheduleWithFixedDelay(watcher::look, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Watching {} for changes every {} ms", folders, interval.toMillis());
        return watcher;
    }

    private void look() {
        try {
            String now = fingerprint();
            if (!now.equals(seen)) {
                seen = now; // changed since the last look: wait until it holds still
            } else if (!now.equals(loaded)) {
                loaded = now;
                reload.run();
            }
        } catch (RuntimeException e) {
            // the thread must outlive whatever one look runs into (a folder being replaced, say)
            log.warn("Could not look for changes in {}: {}", folders, e.toString());
        }
    }

    private String fingerprint() {
        return folders.stream().map(FolderWatcher::fingerprint).collect(Collectors.joining("\n"));
    }

    private static String fingerprint(Path folder) {
        if (!Files.isDirectory(folder)) {
            return folder + " (missing)";
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !Folders.isEditorLitter(folder.relativize(f)))
                    .sorted().map(file -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    return file + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
                } catch (IOException e) {
                    return file + " (unreadable)";
                }
            }).collect(Collectors.joining("\n"));
        } catch (IOException | UncheckedIOException e) {
            return folder + " (unreadable)";
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    @Override
    public String toString() {
        return "FolderWatcher" + Objects.toString(folders);
    }
}
