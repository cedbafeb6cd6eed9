package org.locus.cli;

import org.locus.batch.JsonRegions;
import org.locus.batch.Region;
import org.locus.batch.RegionSource;
import org.locus.questionnaire.AnswersReader;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Answers documents given as files (or found in a folder), a region each: its id is the document's {@code id}, else
 * the file's name without {@code .json}. A file that cannot be read (too large, not UTF-8) is a region that cannot be
 * diagnosed, like one whose answers are wrong; the others go on.
 */
final class DocumentFiles implements RegionSource {

    private final List<Path> files;
    private final AnswersReader reader;
    private volatile int read;

    DocumentFiles(List<Path> files, AnswersReader reader) {
        this.files = List.copyOf(files);
        this.reader = reader;
    }

    @Override
    public String name() {
        return files.size() == 1 ? files.get(0).toString() : files.size() + " answers documents";
    }

    @Override
    public double done() {
        return (double) read / files.size();
    }

    @Override
    public void read(Consumer<Region> regions) {
        for (Path file : files) {
            String name = file.getFileName().toString();
            String id = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
            Region region;
            try {
                region = JsonRegions.document(id, file.toString(), Inputs.read(file), reader);
            } catch (InputException e) {
                region = new Region.Unreadable(id, file.toString(), List.of(e.getMessage()));
            }
            read++;
            regions.accept(region);
        }
    }
}
