package org.locus.analysis;

/**
 * What a change of answers does to one recommendation's place in the top three.
 *
 * @param effect   {@code enters}, {@code leaves} or {@code moves} (within the top three)
 * @param fromRank its rank before the change; null when it was not made
 * @param toRank   its rank after the change; null when it is no longer made
 * @param text     the same in words: "enters the top three at rank 2 (was rank 5)"
 */
public record RankChange(String recommendation, String title, String effect, Integer fromRank, Integer toRank,
                         String text) {

    public static final String ENTERS = "enters";
    public static final String LEAVES = "leaves";
    public static final String MOVES = "moves";
}
