package io.github.sfnunit.assertions;

import java.util.Collection;

/** "Did you mean" hints for state names that a test spelled differently from the definition. */
final class NameSuggestion {

    private NameSuggestion() {}

    /** {@code  (did you mean "ChargeCard"?)} for the closest candidate, or an empty string when none is close. */
    static String didYouMean(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance =
                    distance(name.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance && !candidate.equals(name)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerated = Math.max(2, name.length() / 3);
        return best != null && bestDistance <= tolerated ? " (did you mean \"" + best + "\"?)" : "";
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
