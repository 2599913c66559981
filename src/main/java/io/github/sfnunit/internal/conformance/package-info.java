/**
 * Internal: runs the AWS-recorded conformance corpus ({@code shared/conformance}) in-process and compares the
 * results as its README specifies. Used by the {@code conformance} CLI command and the build's ratchet test.
 * Not public API.
 */
package io.github.sfnunit.internal.conformance;
