package org.locus.batch;

import org.locus.diagnosis.DiagnosisResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch came to, counted as it goes (counts only, never the results): how many regions, how many could not be
 * diagnosed, and how often each finding (established or provisional) and each recommendation (at all, and first) came
 * up. {@link #render} fits it on one screen.
 */
public final class BatchSummary {

    /** The most findings or recommendations the summary lists; the rest are counted in one line. */
    static final int LISTED = 8;

    private int regions;
    private int failed;
    private final Map<String, int[]> findings = new LinkedHashMap<>();
    private final Map<String, int[]> recommendations = new LinkedHashMap<>();

    public void diagnosed(DiagnosisResult result) {
        regions++;
        for (DiagnosisResult.FindingResult f : result.findings()) {
            findings.computeIfAbsent(f.id(), id -> new int[2])[f.established() ? 0 : 1]++;
        }
        for (DiagnosisResult.RecommendationResult r : result.recommendations()) {
            int[] counts = recommendations.computeIfAbsent(r.id(), id -> new int[2]);
            counts[0]++;
            if (r.rank() == 1) {
                counts[1]++;
            }
        }
    }

    public void notDiagnosed() {
        regions++;
        failed++;
    }

    public int regions() {
        return regions;
    }

    public int failed() {
        return failed;
    }

    /** Per finding: how many regions have it established, and provisional. */
    public Map<String, int[]> findings() {
        return findings;
    }

    /** Per recommendation: how many regions were recommended it, and how many first. */
    public Map<String, int[]> recommendations() {
        return recommendations;
    }

    /** The summary in about twenty lines, most frequent first. */
    public String render(String seconds) {
        List<String> lines = new ArrayList<>();
        lines.add(regions + (regions == 1 ? " region" : " regions") + ": " + (regions - failed) + " diagnosed, "
                + failed + " failed" + (seconds == null ? "" : " (" + seconds + ")"));
        lines.addAll(table("findings", "established", "provisional", findings, c -> c[0] + c[1]));
        lines.addAll(table("recommendations", "made", "first", recommendations, c -> c[0]));
        return String.join("\n", lines);
    }

    private List<String> table(String what, String first, String second, Map<String, int[]> counts,
                               java.util.function.ToIntFunction<int[]> total) {
        List<String> lines = new ArrayList<>();
        if (counts.isEmpty()) {
            return lines;
        }
        List<Map.Entry<String, int[]>> sorted = counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -total.applyAsInt(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .toList();
        int width = Math.max(what.length(), sorted.stream().limit(LISTED).mapToInt(e -> e.getKey().length()).max()
                .orElse(0));
        lines.add("");
        lines.add(String.format("%-" + width + "s  %11s  %11s", what, first, second));
        sorted.stream().limit(LISTED).forEach(e -> lines.add(String.format("%-" + width + "s  %11d  %11d",
                e.getKey(), e.getValue()[0], e.getValue()[1])));
        if (sorted.size() > LISTED) {
            lines.add("... and " + (sorted.size() - LISTED) + " more " + what + " (all of them in the results)");
        }
        return lines;
    }
}
