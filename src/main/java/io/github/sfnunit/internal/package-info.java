/** Implementation of sfn-unit. Nothing under {@code internal} is public API; it may change in any release. */
package io.github.sfnunit.internal;
