/**
 * Internal: the query layer. JSONPath paths, reference paths and payload templates, intrinsic functions, the
 * context object, JSONata, and variable look-up. Not public API.
 */
package io.github.sfnunit.internal.query;
