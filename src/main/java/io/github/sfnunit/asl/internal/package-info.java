/**
 * Internal: the one syntax of intrinsic function calls and JSONPath, and the variable references of JSONata
 * expressions, shared by the validator in {@link io.github.sfnunit.asl} and the compiler in {@code internal.query},
 * which evaluates the syntax trees parsed here; and {@link io.github.sfnunit.asl.internal.JsonCodec}, the one
 * reader and writer of JSON text that every package above {@code asl} uses.
 * Not public API: it may change in any release.
 */
package io.github.sfnunit.asl.internal;
