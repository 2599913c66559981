package io.github.sfnunit.mock;

/** Edit distance between names, to list the closest stubs first in "did you mean" messages. */
final class ClosestNames {

    private ClosestNames() {}

    /** Levenshtein distance, ignoring case differences at half cost so "chargecard" is close to "ChargeCard". */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j * 2;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i * 2;
            for (int j = 1; j <= b.length(); j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                int substitution = x == y ? 0 : Character.toLowerCase(x) == Character.toLowerCase(y) ? 1 : 2;
                current[j] = Math.min(Math.min(previous[j] + 2, current[j - 1] + 2), previous[j - 1] + substitution);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
