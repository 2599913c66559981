package io.github.sfnunit.assertions;

import io.github.sfnunit.asl.Suggestions;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Places sfn-unit's one "did you mean" hint ({@link Suggestions}) in an assertion message: {@code (did you mean "X"?)}. */
final class NameSuggestion {

    private NameSuggestion() {}

    /** {@code  (did you mean "ChargeCard"?)} for the closest candidate, or an empty string when none is close. */
    static String didYouMean(String name, Collection<String> candidates) {
        Set<String> others = new LinkedHashSet<>(candidates);
        others.remove(name);
        return Suggestions.didYouMean(name, others)
                .map(hint -> " (" + hint + ")")
                .orElse("");
    }
}
