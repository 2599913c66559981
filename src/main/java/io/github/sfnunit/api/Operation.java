package io.github.sfnunit.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** One operation of the API: the members its request may have, and what it answers. */
record Operation(Set<String> members, Handler handler) {

    @FunctionalInterface
    interface Handler {
        ObjectNode handle(Request request) throws InterruptedException;
    }

    static Operation of(Handler handler, String... members) {
        return new Operation(Set.of(members), handler);
    }
}
