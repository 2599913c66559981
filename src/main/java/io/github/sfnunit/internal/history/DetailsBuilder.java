package io.github.sfnunit.internal.history;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds an event's details when the history is read; {@code texts} writes payloads as JSON text. */
@FunctionalInterface
interface DetailsBuilder {

    ObjectNode build(PayloadTexts texts);
}
