package io.github.sfnunit.mock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The heartbeats a mocked task sends: at explicit offsets from its start ({@code withHeartbeats}) and, when {@code
 * every} is set, every {@code every} from its start while it runs ({@code withHeartbeatsEvery}).
 *
 * @param every {@code null} when the task sends no periodic heartbeats
 */
record Heartbeats(List<Duration> offsets, Duration every) {

    static final Heartbeats NONE = new Heartbeats(List.of(), null);

    Heartbeats {
        offsets = List.copyOf(offsets);
    }

    Heartbeats withOffsets(List<Duration> newOffsets) {
        return new Heartbeats(newOffsets, every);
    }

    Heartbeats withEvery(Duration period) {
        return new Heartbeats(offsets, period);
    }

    /** Every heartbeat sent before a task that takes {@code duration} ends, in order. */
    List<Duration> before(Duration duration) {
        if (every == null && offsets.isEmpty()) {
            // Nearly every answer: no heartbeats, and no list or stream built for each task call.
            return List.of();
        }
        List<Duration> periodic = new ArrayList<>();
        if (every != null) {
            for (Duration beat = every; beat.compareTo(duration) < 0; beat = beat.plus(every)) {
                periodic.add(beat);
            }
        }
        return Stream.concat(offsets.stream(), periodic.stream()).sorted().toList();
    }
}
