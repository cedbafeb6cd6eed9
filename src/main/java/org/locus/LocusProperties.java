package org.locus;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the web app's knowledge comes from, and how it follows changes; see docs/operations.md.
 *
 * @param rulesDir a rules folder to use instead of the packaged one ({@code locus.rules-dir}); changes to it are
 *                 loaded while the application runs
 * @param casesDir a case folder to use instead of the packaged one ({@code locus.cases-dir}); watched too
 * @param reload   how changed folders are noticed ({@code locus.reload.*})
 */
@ConfigurationProperties("locus")
public record LocusProperties(String rulesDir, String casesDir, @DefaultValue Reload reload) {

    /**
     * @param watch    whether to watch the named folders at all ({@code locus.reload.watch}, default true); with
     *                 neither folder named there is nothing to watch
     * @param interval how often to look for changes ({@code locus.reload.interval}, default 2s); a change is loaded
     *                 once the folder has stayed the same for one interval, so an editor's save in several steps is
     *                 loaded once
     */
    public record Reload(@DefaultValue("true") boolean watch, @DefaultValue("2s") Duration interval) {
    }

    public Path rulesDirectory() {
        return folder(rulesDir);
    }

    public Path casesDirectory() {
        return folder(casesDir);
    }

    private static Path folder(String name) {
        return name == null || name.isBlank() ? null : Path.of(name.strip());
    }
}
