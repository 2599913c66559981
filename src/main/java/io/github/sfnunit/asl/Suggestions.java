package io.github.sfnunit.asl;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one "did you mean" helper of sfn-unit's messages: the definition validator, the assertions and the task
 * mocks all ask it for the known name closest to a misspelt one, and all word the hint the same way, {@code did
 * you mean "ChargeCard"?}.
 *
 * <p>Closeness is the optimal string alignment distance ignoring case (an edit, or a swap of neighbours: "Fial" is
 * one step from "Fail"), accepted when it is at most a third of the shorter name (at least 1); failing that, a
 * long enough common prefix ("Timeout" for "TimeoutSeconds") is a good hint too.
 *
 * <p>The cost stays bounded for huge definitions: up to {@value #FULL_SCAN} candidates are all compared; beyond
 * that, a case-insensitive equal name or a name one edit away is found through an index built once per
 * candidate list (a hash look-up per character of the wrong name), and farther names are looked for among the
 * first {@value #FAR_SCAN} candidates only. One helper also compares at most {@value #MAX_CELLS} characters
 * pairs in all (the size of every distance table it fills): past that, a broken name gets only the cheap index
 * look-up (an equal name or one a single edit away). Checking 20,000 states with 20,000 broken {@code Next}s, or
 * a Choice whose 6,000 rules each name a long state that does not exist, thus stays linear in the definition's
 * size.
 *
 * @since 0.1.0
 */
public final class Suggestions {

    /** Candidate lists up to this size are compared in full. */
    static final int FULL_SCAN = 1_000;

    /** Beyond {@link #FULL_SCAN}, how many candidates are compared for names more than one edit away. */
    static final int FAR_SCAN = 100;

    /** Names longer than this are not compared (no hint), to keep every comparison cheap. */
    private static final int MAX_LENGTH = 200;

    /** How many character pairs one helper compares in all, over every look-up, before it only uses the index. */
    static final long MAX_CELLS = 20_000_000L;

    private final List<String> candidates;
    /** What is left of {@link #MAX_CELLS}. */
    private long cells = MAX_CELLS;
    /** The characters (each name counted at most {@link #MAX_LENGTH}, plus one) of the names a scan compares. */
    private long comparedCharacters = -1;
    /** For big lists: lower-cased name, and each of its one-character deletions, to the first candidate index. */
    private Map<String, int[]> index;

    private Suggestions(Collection<String> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** A helper for repeated look-ups in the same names (the index of a big list is built once). */
    public static Suggestions among(Collection<String> candidates) {
        return new Suggestions(candidates);
    }

    /** {@code did you mean "X"?} for the closest of {@code candidates}, or empty when none is close enough. */
    public static Optional<String> didYouMean(String wrong, Collection<String> candidates) {
        return among(candidates).didYouMean(wrong);
    }

    /** {@code did you mean "X"?} for the closest candidate, or empty when none is close enough. */
    public Optional<String> didYouMean(String wrong) {
        return closest(wrong).map(Suggestions::hint);
    }

    /**
     * {@code "; did you mean \"X\"?"} to end a validation message's clause, or {@code ""} when nothing is close.
     */
    public static String clause(String wrong, Collection<String> candidates) {
        return among(candidates).clause(wrong);
    }

    /** {@code "; did you mean \"X\"?"} for the closest candidate, or {@code ""}. */
    public String clause(String wrong) {
        return didYouMean(wrong).map("; "::concat).orElse("");
    }

    /** The hint's one wording: {@code did you mean "X"?}. */
    public static String hint(String name) {
        return "did you mean \"" + name + "\"?";
    }

    /** The closest candidate, or empty when none is close enough. */
    public Optional<String> closest(String wrong) {
        List<String> compared = candidates.size() <= FULL_SCAN ? candidates : candidates.subList(0, FAR_SCAN);
        if (charge(wrong, compared)) {
            String near = candidates.size() <= FULL_SCAN ? null : indexed(wrong);
            return Optional.ofNullable(near != null ? near : scan(wrong, compared));
        }
        return Optional.ofNullable(indexed(wrong));
    }

    /**
     * Takes the cost of comparing {@code wrong} with each of {@code compared} from what is left; {@code false}
     * (and nothing taken) when that is not enough.
     */
    private boolean charge(String wrong, List<String> compared) {
        if (comparedCharacters < 0) {
            long sum = 0;
            for (String candidate : compared) {
                sum += Math.min(candidate.length(), MAX_LENGTH) + 1;
            }
            comparedCharacters = sum;
        }
        long cost = (Math.min(wrong.length(), MAX_LENGTH) + 1) * comparedCharacters;
        if (cost > cells) {
            return false;
        }
        cells -= cost;
        return true;
    }

    /**
     * The distance this helper measures: edits and swaps of neighbours, case ignored; large when the names'
     * lengths differ by more than 10 or one is longer than 200 characters (nothing useful to suggest then).
     */
    public static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 10) {
            return Integer.MAX_VALUE / 2;
        }
        if (a.length() > MAX_LENGTH || b.length() > MAX_LENGTH) {
            return a.equalsIgnoreCase(b) ? 0 : Integer.MAX_VALUE / 2;
        }
        String lowerA = a.toLowerCase(Locale.ROOT);
        String lowerB = b.toLowerCase(Locale.ROOT);
        return lowerA.equals(lowerB) ? 0 : osa(lowerA, lowerB);
    }

    private static String scan(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(wrong, candidate);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        if (best == null) {
            return null;
        }
        if (bestDistance <= allowed(wrong, best)) {
            return best;
        }
        String lowerWrong = wrong.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            if (lowerWrong.length() >= 4 && (lower.startsWith(lowerWrong) || lowerWrong.startsWith(lower))) {
                return candidate;
            }
        }
        return null;
    }

    private static int allowed(String wrong, String best) {
        return Math.max(1, Math.min(wrong.length(), best.length()) / 3);
    }

    /** A candidate equal ignoring case, else the first one edit (or one swap) away; {@code null} for none. */
    private String indexed(String wrong) {
        Map<String, int[]> byKey = index();
        if (wrong.length() > MAX_LENGTH) {
            return null; // no candidate is that long (the index leaves them out), and its keys would cost its square
        }
        String lowerWrong = wrong.toLowerCase(Locale.ROOT);
        int[] equal = byKey.get(lowerWrong);
        if (equal != null && candidates.get(equal[0]).toLowerCase(Locale.ROOT).equals(lowerWrong)) {
            return candidates.get(equal[0]);
        }
        int best = Integer.MAX_VALUE;
        for (Iterator<String> keys = keysOf(lowerWrong); keys.hasNext(); ) {
            int[] found = byKey.get(keys.next());
            if (found != null) {
                for (int candidate : found) {
                    if (candidate < best && distance(wrong, candidates.get(candidate)) == 1) {
                        best = candidate;
                    }
                }
            }
        }
        return best == Integer.MAX_VALUE ? null : candidates.get(best);
    }

    private Map<String, int[]> index() {
        if (index == null) {
            Map<String, int[]> built = new HashMap<>();
            for (int i = 0; i < candidates.size(); i++) {
                String lower = candidates.get(i).toLowerCase(Locale.ROOT);
                if (lower.length() > MAX_LENGTH) {
                    continue;
                }
                int candidate = i;
                keysOf(lower).forEachRemaining(key -> built.merge(key, new int[] {candidate}, Suggestions::append));
            }
            index = built;
        }
        return index;
    }

    private static int[] append(int[] known, int[] more) {
        if (known.length >= 8) {
            return known; // enough to choose from; keeps a pathological list (all names alike) linear
        }
        int[] joined = Arrays.copyOf(known, known.length + 1);
        joined[known.length] = more[0];
        return joined;
    }

    /** The name itself and each of its one-character deletions: two names one edit apart share one of these. */
    private static Iterator<String> keysOf(String lower) {
        return new Iterator<>() {
            private int deleted = -1;

            @Override
            public boolean hasNext() {
                return deleted < lower.length();
            }

            @Override
            public String next() {
                String key = deleted < 0 ? lower : lower.substring(0, deleted) + lower.substring(deleted + 1);
                deleted++;
                return key;
            }
        };
    }

    /** Optimal string alignment distance of two lower-cased names. */
    private static int osa(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
