package io.github.sfnunit.internal.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The items of one Map state attempt and where they were read ({@code $$.Map.Item.Source}).
 *
 * @param source {@link io.github.sfnunit.internal.query.ContextObject#STATE_DATA} for items of the state's input, the
 *     Amazon S3 URI for items an {@code ItemReader} read
 */
record MapItems(ArrayNode items, String source) {}
