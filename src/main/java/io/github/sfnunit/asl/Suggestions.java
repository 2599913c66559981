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
        return bestDistance <= allowed ? best : null;
    }

    /** Levenshtein distance, capped in cost: names are short. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 10 || a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE / 2;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
