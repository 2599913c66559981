package io.github.sfnunit.asl;

import java.util.Collection;
import java.util.Locale;

/** "did you mean ...?" hints: the closest known name by edit distance, when it is close enough to help. */
final class Suggestions {

    private Suggestions() {}

    /** {@code "; did you mean \"X\"?"} or {@code ""} when nothing is close. */
    static String didYouMean(String wrong, Collection<String> candidates) {
        String best = closest(wrong, candidates);
        return best == null ? "" : "; did you mean \"" + best + "\"?";
    }

    static String closest(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lowerWrong = wrong.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int distance = candidate.toLowerCase(Locale.ROOT).equals(lowerWrong)
                    ? 0
                    : distance(lowerWrong, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        if (best == null) {
            return null;
        }
        int allowed = Math.max(1, Math.min(wrong.length(), best.length()) / 3);
        if (bestDistance <= allowed) {
            return best;
        }
        // "Timeout" for "TimeoutSeconds": a long enough prefix is a good hint too.
        for (String candidate : candidates) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            if (lowerWrong.length() >= 4 && (lower.startsWith(lowerWrong) || lowerWrong.startsWith(lower))) {
                return candidate;
            }
        }
        return null;
    }

    /** Optimal string alignment distance: edits and swaps of neighbours ("Fial" is one step from "Fail"). */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 10 || a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE / 2;
        }
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
