package io.github.sfnunit.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed on the first {@link #get()} and kept: for parts of an execution that most runs never read (the
 * {@code $$} context object, say). Thread-safe; the computation runs at most once.
 *
 * @param <T> the value's type
 */
public final class Memo<T> implements Supplier<T> {

    private Supplier<? extends T> source;
    private T value;

    private Memo(Supplier<? extends T> source) {
        this.source = source;
    }

    /** A memo of what {@code source} computes; {@code source} is called at most once, then dropped. */
    public static <T> Memo<T> of(Supplier<? extends T> source) {
        return new Memo<>(Objects.requireNonNull(source, "source"));
    }

    /** A memo of a value already at hand. */
    public static <T> Memo<T> ofValue(T value) {
        Memo<T> memo = new Memo<>(null);
        memo.value = value;
        return memo;
    }

    @Override
    public synchronized T get() {
        if (source != null) {
            value = source.get();
            source = null;
        }
        return value;
    }
}
