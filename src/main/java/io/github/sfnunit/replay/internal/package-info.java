/**
 * Internal: runs the AWS-recorded conformance corpus ({@code shared/conformance}) in-process and compares the
 * results as its README specifies, and holds the JSON comparison that {@link io.github.sfnunit.replay} reports
 * divergences with. Used by the {@code conformance} CLI command, the build's ratchet test and the replay. Not
 * public API.
 */
package io.github.sfnunit.replay.internal;
