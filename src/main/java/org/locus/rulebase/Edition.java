package org.locus.rulebase;

import org.locus.knowledge.RuleFiles;
import org.locus.knowledge.TextFile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The knowledge base as a person names it: the day its newest file was last changed and a short id, "knowledge base
 * of 2 December 2026 (9f05e48)". The id is the start of the version hash, so it still tells two knowledge bases apart
 * exactly; the date only says how recent it is (for the packaged rules, when they were built).
 *
 * @param date {@code null} when no file's date is known
 */
public record Edition(LocalDate date, String id, String version) {

    /** Seven hex digits, as git abbreviates: enough to tell the knowledge bases of one project apart. */
    public static final int SHORT_ID = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public Edition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }

    public static Edition of(RuleFiles files) {
        String version = files.version();
        Instant newest = files.files().stream().map(TextFile::modified).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        return new Edition(newest == null ? null : LocalDate.ofInstant(newest, ZoneOffset.UTC),
                version.substring(0, Math.min(SHORT_ID, version.length())), version);
    }

    /** "2 December 2026", or {@code null}. */
    public String day() {
        return date == null ? null : DAY.format(date);
    }

    /** "2 December 2026 (9f05e48)", or the id alone. */
    public String name() {
        return date == null ? id : day() + " (" + id + ")";
    }
}
